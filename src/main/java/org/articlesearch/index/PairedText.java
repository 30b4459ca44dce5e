package org.articlesearch.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;

/**
 * A passage's text field and its {@link Fields#WORD_PAIRS} field, analysed once: while Lucene
 * analyses the text, the pairs are noted, and the pairs field plays them back. Analysing the text a
 * second time for its pairs made indexing 10–16% slower (10× the BBC corpus, three alternating runs).
 * Lucene inverts a document's fields in the order they were added, text first; should it not, the
 * pairs field analyses the text itself, through {@link WordPairFilter}, which makes the same pairs.
 */
final class PairedText {
    private final Field textField;
    private final Field pairsField;
    private char[] chars = new char[256];
    /** Where each noted pair ends in {@link #chars}. */
    private int[] ends = new int[32];
    private int count;
    private boolean noted;

    PairedText(String text, FieldType pairsType) {
        this.textField = new Field(Fields.TEXT, text, TextField.TYPE_STORED) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                return new Noting(super.tokenStream(analyzer, reuse));
            }
        };
        this.pairsField = new Field(Fields.WORD_PAIRS, text, pairsType) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                return noted ? new PlayBack() : super.tokenStream(analyzer, reuse);
            }
        };
    }

    /** The stored, analysed text. */
    Field textField() {
        return textField;
    }

    /** The pairs, to be added after {@link #textField()}. */
    Field pairsField() {
        return pairsField;
    }

    /** Whether the pairs came from the text's own analysis (for tests: the fast path was taken). */
    boolean noted() {
        return noted;
    }

    private void note(WordPairFilter.Pairs pairs) {
        int end = (count == 0 ? 0 : ends[count - 1]) + pairs.length();
        if (end > chars.length) chars = Arrays.copyOf(chars, Math.max(end, chars.length * 2));
        pairs.copyTo(chars, end - pairs.length());
        if (count == ends.length) ends = Arrays.copyOf(ends, count * 2);
        ends[count++] = end;
    }

    /** Passes the text's terms on unchanged, noting the pairs they make. */
    private final class Noting extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final WordPairFilter.Pairs pairs = new WordPairFilter.Pairs();

        Noting(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            if (pairs.next(term.buffer(), term.length(), increment.getPositionIncrement())) note(pairs);
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pairs.reset();
            count = 0;
            noted = false;
        }

        @Override
        public void end() throws IOException {
            super.end();
            noted = true;
        }
    }

    /** The noted pairs, as the terms of the pairs field. */
    private final class PlayBack extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
            if (next == count) return false;
            clearAttributes();
            int start = next == 0 ? 0 : ends[next - 1];
            term.copyBuffer(chars, start, ends[next] - start);
            increment.setPositionIncrement(1);
            next++;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
