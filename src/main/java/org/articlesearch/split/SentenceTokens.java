package org.articlesearch.split;

import java.util.List;

/** Where the sentences of a stretch of tokens start and end, and the words the rules ask about. */
final class SentenceTokens {
    private SentenceTokens() {
    }

    /** The tokens up to the first sentence end. */
    static List<Token> sentenceStart(List<Token> t) {
        for (int k = 0; k < t.size(); k++) {
            if (endsSentence(t.get(k))) return t.subList(0, k);
        }
        return t;
    }

    /** The tokens after the last sentence end. */
    static List<Token> lastSentence(List<Token> t) {
        for (int k = t.size() - 1; k >= 0; k--) {
            if (endsSentence(t.get(k))) return t.subList(k + 1, t.size());
        }
        return t;
    }

    static boolean endsSentence(Token t) {
        return t.is(".") || t.is("!") || t.is("?") || t.is(";") || t.is("…");
    }

    /** How many of the tokens are words. */
    static int words(List<Token> tokens) {
        int words = 0;
        for (Token t : tokens) {
            if (t.isWord()) words++;
        }
        return words;
    }

    static boolean isLowerWord(Token w) {
        return w.isWord() && !w.isCapitalized();
    }

    static boolean isQuoteMark(char c) {
        return "\"“”„«»".indexOf(c) >= 0;
    }
}
