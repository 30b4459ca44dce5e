package org.articlesearch.index;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns the terms of {@link ArticleAnalyzer}'s text chain into one term per pair of neighbouring
 * stems that are both {@link CommonWords}: "he said the prime minister" → {@code he said}, {@code
 * said the}: the terms of {@link Fields#WORD_PAIRS}. A pair is made only of words at consecutive
 * positions, so every place where two common words' stems stand together has its pair here, which is
 * what lets the pair stand in front of the phrase as a filter. The reference for {@link PairedText},
 * which makes the same pairs while the text field is analysed.
 */
final class WordPairFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final Pairs pairs = new Pairs();

    WordPairFilter(TokenStream terms) {
        super(terms);
    }

    /** The term of two neighbouring stems in {@link Fields#WORD_PAIRS}, or null when the index keeps no term for them. */
    static String pair(String first, String second) {
        return Pairs.COMMON.contains(first) && Pairs.COMMON.contains(second) ? first + Pairs.SEPARATOR + second : null;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            if (!pairs.next(term.buffer(), term.length(), increment.getPositionIncrement())) continue;
            char[] out = term.resizeBuffer(pairs.length());
            pairs.copyTo(out, 0);
            term.setLength(pairs.length());
            increment.setPositionIncrement(1);
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pairs.reset();
    }

    /** Reads the text chain's terms one at a time and says when the last two positions make a pair. */
    static final class Pairs {
        /** Between the two stems of a pair; the tokenizer never puts a space inside a word. */
        static final char SEPARATOR = ' ';
        static final CharArraySet COMMON = CommonWords.STEMS;

        private char[] previous = new char[32];
        private char[] current = new char[32];
        /** Of the previous position's stem; -1 when it is not a common word. */
        private int previousLength = -1;
        private int previousPosition;
        private int position = -1;
        /** Of the pair just made: the first stem's length (in {@link #current} after the swap, see {@link #copyTo}). */
        private int firstLength;

        /**
         * Takes the next term of the text chain; true when it completes a pair, which {@link #copyTo}
         * then writes. The written form of a word that is not its own stem ({@code =singing}) is skipped:
         * its stem follows at the same position.
         */
        boolean next(char[] buf, int length, int positionIncrement) {
            position += positionIncrement;
            if (length > 0 && buf[0] == ArticleAnalyzer.WRITTEN_PREFIX) return false;
            int from = length > 0 && buf[0] == ArticleAnalyzer.STEM_PREFIX ? 1 : 0;
            int currentLength = length > from && COMMON.contains(buf, from, length - from) ? length - from : -1;
            if (currentLength > 0) {
                if (current.length < currentLength) current = new char[Math.max(currentLength, 2 * current.length)];
                System.arraycopy(buf, from, current, 0, currentLength);
            }
            boolean pair = previousLength > 0 && currentLength > 0 && previousPosition == position - 1;
            firstLength = pair ? previousLength : -1;
            char[] swap = previous;
            previous = current;
            current = swap;
            previousLength = currentLength;
            previousPosition = position;
            return pair;
        }

        /** The length of the pair just made. */
        int length() {
            return firstLength + 1 + previousLength;
        }

        /** Writes the pair just made into {@code out} from {@code at}: {@link #length()} chars. */
        void copyTo(char[] out, int at) {
            // After the swap in next(), the first stem is in current and the second in previous.
            System.arraycopy(current, 0, out, at, firstLength);
            out[at + firstLength] = SEPARATOR;
            System.arraycopy(previous, 0, out, at + firstLength + 1, previousLength);
        }

        void reset() {
            previousLength = -1;
            position = -1;
        }
    }
}
