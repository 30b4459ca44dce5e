package org.articlesearch.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns the pairs that {@code KeywordRepeatFilter} and a stemmer make (the word as written, then
 * its stem at the same position and offsets) into the terms {@link ArticleAnalyzer} documents: one
 * plain term for a word that is its own stem, else the marked word and the marked stem. Most words
 * in running text ("the", "said", "bomb") are their own stem, so most positions hold one term.
 * Only the term and position change between the two, so they are copied rather than captured as
 * whole attribute states: the highlighter runs this chain on every hit it marks.
 */
final class WordFormFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private char[] written = new char[32];
    private char[] stem = new char[32];
    private int stemLength = -1;

    WordFormFilter(TokenStream input) {
        super(input);
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
        if (!keyword.isKeyword()) return true; // not one of a pair: nothing upstream makes these, but pass it on
        int writtenLength = term.length();
        written = copy(term.buffer(), writtenLength, written);
        int increment = position.getPositionIncrement();
        if (!input.incrementToken()) { // cannot happen with KeywordRepeatFilter upstream; keep the word
            term.copyBuffer(written, 0, writtenLength);
            position.setPositionIncrement(increment);
            return true;
        }
        position.setPositionIncrement(increment);
        if (Arrays.equals(term.buffer(), 0, term.length(), written, 0, writtenLength)) return true;
        stemLength = term.length();
        stem = copy(term.buffer(), stemLength, stem);
        setTerm(ArticleAnalyzer.WRITTEN_PREFIX, written, writtenLength);
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
}
