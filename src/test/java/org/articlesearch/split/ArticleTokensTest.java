package org.articlesearch.split;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTokensTest {
    private static String describe(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token t : tokens) out.append(t.start()).append('-').append(t.end()).append(' ').append(t.text()).append('|');
        return out.toString();
    }

    @Test
    void everyStretchHasTheTokensItWouldHaveAlone() {
        String text = "Sen. J. Smith's O’Malley--said \"Hi, U.S. folks\" at 3.5 p.m. to them.Kristen — al-Assad’s R-Ky. aide";
        int cut = text.indexOf("Kristen");
        ArticleTokens tokens = new ArticleTokens(text, new int[] {0, cut}, new int[] {cut, text.length()});
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                assertEquals(describe(Token.tokenize(text, from, to)), describe(tokens.tokenize(from, to)), from + "-" + to);
            }
        }
    }
}
