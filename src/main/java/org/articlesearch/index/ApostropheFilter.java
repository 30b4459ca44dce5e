package org.articlesearch.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes the typographic apostrophes inside words (’ ‘ ʼ) as the straight one, so "It’s" and
 * "It's" are the same word. The tokenizer already keeps them inside words as it keeps the straight
 * one; a character filter over the whole text did the same at a third more cost for the analysis.
 */
final class ApostropheFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ApostropheFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        char[] buf = term.buffer();
        for (int i = 0, n = term.length(); i < n; i++) {
            char c = buf[i];
            if (c == '\u2019' || c == '\u2018' || c == '\u02BC') buf[i] = '\'';
        }
        return true;
    }
}
