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
 * what lets the pair stand in front of the phrase as a filter.
 */
final class WordPairFilter extends TokenFilter {
    /** Between the two stems of a pair; the tokenizer never puts a space inside a word. */
    private static final char SEPARATOR = ' ';
    private static final CharArraySet COMMON = CommonWords.STEMS;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private char[] previous = new char[32];
    private char[] current = new char[32];
    /** Of the previous position's stem; -1 when it is not a common word. */
    private int previousLength = -1;
    private int previousPosition;
    private int position = -1;

    WordPairFilter(TokenStream terms) {
        super(terms);
    }

    /** The term of two neighbouring stems in {@link Fields#WORD_PAIRS}, or null when the index keeps no term for them. */
    static String pair(String first, String second) {
        return COMMON.contains(first) && COMMON.contains(second) ? first + SEPARATOR + second : null;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            position += increment.getPositionIncrement();
            int length = term.length();
            char[] buf = term.buffer();
            // The written form of a word that is not its own stem: its stem follows at the same position.
            if (length > 0 && buf[0] == ArticleAnalyzer.WRITTEN_PREFIX) continue;
            int from = length > 0 && buf[0] == ArticleAnalyzer.STEM_PREFIX ? 1 : 0;
            int currentLength = length > from && COMMON.contains(buf, from, length - from) ? length - from : -1;
            if (currentLength > 0) {
                if (current.length < currentLength) current = new char[Math.max(currentLength, 2 * current.length)];
                System.arraycopy(buf, from, current, 0, currentLength);
            }
            boolean pair = previousLength > 0 && currentLength > 0 && previousPosition == position - 1;
            if (pair) {
                char[] out = term.resizeBuffer(previousLength + 1 + currentLength);
                System.arraycopy(previous, 0, out, 0, previousLength);
                out[previousLength] = SEPARATOR;
                System.arraycopy(current, 0, out, previousLength + 1, currentLength);
                term.setLength(previousLength + 1 + currentLength);
                increment.setPositionIncrement(1);
            }
            char[] swap = previous;
            previous = current;
            current = swap;
            previousLength = currentLength;
            previousPosition = position;
            if (pair) return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        previousLength = -1;
        position = -1;
    }
}
