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
 * second time for its pairs made indexing 7.5% slower, noting them 3–7% (10× the BBC corpus, three
 * alternating runs each).
 * Lucene inverts a document's fields in the order they were added, text first, and the documents of
 * a batch one after another on the thread that adds them; so the notes are kept per thread, for the
 * document being inverted, not per document (an article of 100,000 paragraphs is built as 100,000
 * documents before the first is inverted). Should a pairs field find no notes of its own text, it
 * analyses the text itself, through {@link WordPairFilter}, which makes the same pairs.
 */
final class PairedText {
    private static final ThreadLocal<Notes> NOTES = ThreadLocal.withInitial(Notes::new);

    private final Field textField;
    private final Field pairsField;
    private boolean playedBack;

    PairedText(String text, FieldType pairsType) {
        this.textField = new Field(Fields.TEXT, text, TextField.TYPE_STORED) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                Notes notes = NOTES.get();
                notes.start(PairedText.this);
                return new Noting(super.tokenStream(analyzer, reuse), notes);
            }
        };
        this.pairsField = new Field(Fields.WORD_PAIRS, text, pairsType) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                Notes notes = NOTES.get();
                if (!notes.completeFor(PairedText.this)) return super.tokenStream(analyzer, reuse);
                playedBack = true;
                return new PlayBack(notes);
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

    /** Whether the pairs were played back from the text's own analysis (for tests: the fast path was taken). */
    boolean playedBack() {
        return playedBack;
    }

    /** The pairs of the text this thread analysed last. */
    private static final class Notes {
        char[] chars = new char[256];
        /** Where each pair ends in {@link #chars}. */
        int[] ends = new int[32];
        int count;
        private Object owner;
        private boolean complete;

        void start(Object text) {
            owner = text;
            complete = false;
            count = 0;
        }

        boolean completeFor(Object text) {
            return complete && owner == text;
        }

        void add(WordPairFilter.Pairs pairs) {
            int end = (count == 0 ? 0 : ends[count - 1]) + pairs.length();
            if (end > chars.length) chars = Arrays.copyOf(chars, Math.max(end, chars.length * 2));
            pairs.copyTo(chars, end - pairs.length());
            if (count == ends.length) ends = Arrays.copyOf(ends, count * 2);
            ends[count++] = end;
        }
    }

    /** Passes the text's terms on unchanged, noting the pairs they make. */
    private static final class Noting extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final WordPairFilter.Pairs pairs = new WordPairFilter.Pairs();
        private final Notes notes;

        Noting(TokenStream input, Notes notes) {
            super(input);
            this.notes = notes;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            if (pairs.next(term.buffer(), term.length(), increment.getPositionIncrement())) notes.add(pairs);
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pairs.reset();
        }

        @Override
        public void end() throws IOException {
            super.end();
            notes.complete = true;
        }
    }

    /** The noted pairs, as the terms of the pairs field. */
    private static final class PlayBack extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final Notes notes;
        private int next;

        PlayBack(Notes notes) {
            this.notes = notes;
        }

        @Override
        public boolean incrementToken() {
            if (next == notes.count) return false;
            clearAttributes();
            int start = next == 0 ? 0 : notes.ends[next - 1];
            term.copyBuffer(notes.chars, start, notes.ends[next] - start);
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
