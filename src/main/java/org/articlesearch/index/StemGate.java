package org.articlesearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.util.Attribute;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/**
 * Lets the highlighter pass a word by the stemmer when no term it looks for can come of it. The
 * highlighter analyses each hit's whole text to find a query's few words, and stemming every other
 * word was a quarter of that analysis (Porter's steps, about 6% of a search's CPU at 1×). A word
 * passed by is left as written, the one term of a word that is its own stem: what the highlighter
 * sees differs only for words none of whose terms it looks for.
 *
 * <p>Which words may matter, for terms {@code t}: a word the query names as a plain term or as
 * written ({@code bomb}, {@code =bombs}), and, for a stem ({@code ~bomb}), a word that starts with the
 * stem less its last two letters. Porter's stemmer only rewrites a word's ending, and what it puts
 * back beyond the part of the word it keeps is at most one letter ("happy" → "happi", "hoping" →
 * "hope"; none of the 41,665 words of the BBC and PolNeAR corpora needs more, {@code StemGateTest});
 * two is the margin.
 *
 * <p>Off unless {@link #open} sets it on a token stream of {@link ArticleAnalyzer}'s: indexing and
 * query parsing stem every word, as before.
 */
public final class StemGate {
    /** Letters of a stem a word need not share: what the stemmer may put back, with a margin. */
    static final int STEM_TAIL = 2;

    private final CharArraySet asWritten;
    private final char[][] stemStarts;
    private final boolean everyWord;

    private StemGate(CharArraySet asWritten, char[][] stemStarts, boolean everyWord) {
        this.asWritten = asWritten;
        this.stemStarts = stemStarts;
        this.everyWord = everyWord;
    }

    /** The gate for a search that looks for {@code terms} (index terms of the text field: {@code bomb}, {@code =bombs}, {@code ~bomb}). */
    public static StemGate forTerms(Collection<String> terms) {
        List<String> words = new ArrayList<>();
        List<char[]> starts = new ArrayList<>();
        boolean every = false;
        for (String t : terms) {
            if (t.isEmpty()) continue;
            char first = t.charAt(0);
            if (first == ArticleAnalyzer.STEM_PREFIX) {
                String stem = t.substring(1);
                if (stem.length() <= STEM_TAIL) every = true;
                starts.add(stem.substring(0, Math.max(0, stem.length() - STEM_TAIL)).toCharArray());
            } else {
                words.add(first == ArticleAnalyzer.WRITTEN_PREFIX ? t.substring(1) : t);
            }
        }
        return new StemGate(new CharArraySet(words, false), starts.toArray(char[][]::new), every);
    }

    /** Whether stemming this word (as it reaches the stemmer) may give a term the gate was made for. */
    boolean mayMatter(char[] word, int length) {
        if (everyWord || asWritten.contains(word, 0, length)) return true;
        for (char[] start : stemStarts) {
            if (start.length <= length && java.util.Arrays.equals(word, 0, start.length, start, 0, start.length)) return true;
        }
        return false;
    }

    /**
     * Gates the stemmer of {@code ts}, a token stream of {@link ArticleAnalyzer}, until {@link #close} (call
     * both around one use: the analyzer reuses its streams, for indexing too).
     */
    public static void open(TokenStream ts, StemGate gate) {
        ts.getAttribute(GateAttribute.class).set(gate);
    }

    /** Stems every word of {@code ts} again. */
    public static void close(TokenStream ts) {
        ts.getAttribute(GateAttribute.class).set(null);
    }

    /** Carries the gate to the filter through the stream's attributes; it outlives each token's clearing. */
    public interface GateAttribute extends Attribute {
        StemGate get();

        void set(StemGate gate);
    }

    /**
     * Added to the stream by {@link Filter} itself: Lucene's attribute factory would look it up by
     * reflection, which the module system refuses for a package the module does not export.
     */
    static final class GateAttributeImpl extends AttributeImpl implements GateAttribute {
        private StemGate gate;

        @Override
        public StemGate get() {
            return gate;
        }

        @Override
        public void set(StemGate gate) {
            this.gate = gate;
        }

        @Override
        public void clear() {
            // Tokenizers clear every attribute before each token: the gate is the stream's, not the token's.
        }

        @Override
        public void end() {
        }

        @Override
        public void reflectWith(AttributeReflector reflector) {
            reflector.reflect(GateAttribute.class, "gate", gate);
        }

        @Override
        public void copyTo(AttributeImpl target) {
            ((GateAttribute) target).set(gate);
        }
    }

    /** Marks a word the gate passes by as a keyword, which the stemmer leaves as it is. */
    static final class Filter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
        private final GateAttribute gate;

        Filter(TokenStream input) {
            super(input);
            if (!hasAttribute(GateAttribute.class)) addAttributeImpl(new GateAttributeImpl());
            gate = getAttribute(GateAttribute.class);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            StemGate g = gate.get();
            if (g != null && !g.mayMatter(term.buffer(), term.length())) keyword.setKeyword(true);
            return true;
        }
    }
}
