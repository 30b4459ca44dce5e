package org.articlesearch.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Makes the terms {@link ArticleAnalyzer} documents from a word and its stem: one plain term for a
 * word that is its own stem, else the marked word and, at the same position, the marked stem. Most
 * words in running text ("the", "said", "bomb") are their own stem, so most positions hold one term.
 * The word as written is remembered just before the stemmer runs, so each word passes through the
 * stemmer once, and nothing clones the whole token: the highlighter runs this chain on every hit.
 */
final class WordFormFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Written written;
    private char[] stem = new char[32];
    private int stemLength = -1;

    private WordFormFilter(TokenStream stemmed, Written written) {
        super(stemmed);
        this.written = written;
    }

    /** {@code words} stemmed by {@code stemmer}, as the terms of a word and its stem: {@code stemming(ts, PorterStemFilter::new)}. */
    static TokenStream stemming(TokenStream words, UnaryOperator<TokenStream> stemmer) {
        Written written = new Written(words);
        return new WordFormFilter(stemmer.apply(written), written);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (stemLength >= 0) {
            setTerm(ArticleAnalyzer.STEM_PREFIX, stem, stemLength);
            position.setPositionIncrement(0);
            stemLength = -1;
            return true;
        }
        if (!input.incrementToken()) return false;
        if (Arrays.equals(term.buffer(), 0, term.length(), written.chars, 0, written.length)) return true;
        stemLength = term.length();
        stem = copy(term.buffer(), stemLength, stem);
        setTerm(ArticleAnalyzer.WRITTEN_PREFIX, written.chars, written.length);
        return true;
    }

    private static char[] copy(char[] from, int length, char[] into) {
        char[] out = into.length >= length ? into : new char[Math.max(length, into.length * 2)];
        System.arraycopy(from, 0, out, 0, length);
        return out;
    }

    private void setTerm(char marker, char[] chars, int length) {
        char[] buf = term.resizeBuffer(length + 1);
        buf[0] = marker;
        System.arraycopy(chars, 0, buf, 1, length);
        term.setLength(length + 1);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        stemLength = -1;
    }

    /** Keeps a copy of each word as it goes into the stemmer. */
    private static final class Written extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        char[] chars = new char[32];
        int length;

        Written(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            length = term.length();
            chars = copy(term.buffer(), length, chars);
            return true;
        }
    }
}
