package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.AnalysisOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.util.BytesRef;
import org.articlesearch.index.StemGate;

/**
 * Finds where a query matched a hit's text by analysing the text once and matching the query's
 * words and exact phrases against the tokens. Lucene's own way for text indexed without offsets
 * builds a one-document index per hit and runs the query's weight over it; that cost more than
 * half of highlighting, for queries that are never more than terms, synonyms and exact phrases.
 * Each match is reported like Lucene's weight matches: a phrase as one span, labelled with its
 * terms, once per occurrence.
 */
final class TokenMatches extends AnalysisOffsetStrategy {
    /**
     * One word or phrase of the query.
     *
     * @param label     its terms joined by spaces, as the passage scorer sees it
     * @param positions each word's position in the phrase, first at 0
     * @param terms     the terms each word may have there
     */
    private record Leaf(BytesRef label, int[] positions, List<Set<String>> terms) {
    }

    private final List<Leaf> leaves;
    private final CharArraySet queryTerms;
    private final StemGate stemGate;

    private TokenMatches(UHComponents components, Analyzer analyzer, List<Leaf> leaves) {
        super(components, analyzer);
        this.leaves = leaves;
        Set<String> all = new HashSet<>();
        for (Leaf leaf : leaves) leaf.terms().forEach(all::addAll);
        this.queryTerms = new CharArraySet(all, false);
        this.stemGate = StemGate.forTerms(all);
    }

    /** The strategy for the highlighted field of {@code components}, or null when its query holds anything but words and exact phrases. */
    static TokenMatches of(UHComponents components, Analyzer analyzer) {
        List<Leaf> leaves = new ArrayList<>();
        if (!collect(components.query(), components.field(), leaves)) return null;
        // A word given twice is one clause to Lucene (it merges them): it must not count twice in a passage's score.
        List<Leaf> distinct = new ArrayList<>();
        for (Leaf leaf : leaves) {
            if (distinct.stream().noneMatch(d -> d.label().equals(leaf.label()) && Arrays.equals(d.positions(), leaf.positions()))) {
                distinct.add(leaf);
            }
        }
        return new TokenMatches(components, analyzer, distinct);
    }

    /** Adds the leaves of {@code query} in {@code field}; false when some part cannot be matched on tokens. */
    private static boolean collect(Query query, String field, List<Leaf> into) {
        switch (query) {
            case TermQuery t -> {
                if (t.getTerm().field().equals(field)) into.add(leaf(new int[] {0}, List.of(Set.of(t.getTerm().text()))));
            }
            case SynonymQuery s -> {
                if (s.getField().equals(field)) into.add(leaf(new int[] {0}, List.of(texts(s.getTerms().toArray(Term[]::new)))));
            }
            case PhraseQuery p -> {
                if (!p.getField().equals(field)) return true;
                if (p.getSlop() != 0) return false;
                into.add(leaf(p.getPositions(), Arrays.stream(p.getTerms()).map(t -> Set.of(t.text())).toList()));
            }
            case MultiPhraseQuery m -> {
                if (!m.getTermArrays()[0][0].field().equals(field)) return true;
                if (m.getSlop() != 0) return false;
                into.add(leaf(m.getPositions(), Arrays.stream(m.getTermArrays()).map(TokenMatches::texts).toList()));
            }
            case BoostQuery b -> {
                return collect(b.getQuery(), field, into);
            }
            case AdjacentPairQuery a -> {
                return collect(a.phrase(), field, into);
            }
            case DisjunctionMaxQuery d -> {
                for (Query q : d.getDisjuncts()) if (!collect(q, field, into)) return false;
            }
            case BooleanQuery b -> {
                // Each required or optional part marks where it matches (a hit of the fallback to most terms lacks some).
                for (BooleanClause c : b.clauses()) {
                    if (c.occur() != BooleanClause.Occur.MUST_NOT && !collect(c.query(), field, into)) return false;
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static Set<String> texts(Term[] terms) {
        Set<String> out = new HashSet<>();
        for (Term t : terms) out.add(t.text());
        return out;
    }

    private static Leaf leaf(int[] positions, List<Set<String>> terms) {
        int[] relative = new int[positions.length];
        for (int i = 0; i < positions.length; i++) relative[i] = positions[i] - positions[0];
        List<String> words = new ArrayList<>();
        for (Set<String> at : terms) words.addAll(at.stream().sorted().toList());
        return new Leaf(new BytesRef(String.join(" ", words)), relative, terms);
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int doc, String content) throws IOException {
        Tokens tokens = new Tokens();
        try (TokenStream ts = tokenStream(content)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            // Words that cannot give a query term skip the stemmer: their tokens differ, never those of the query's terms.
            StemGate.open(ts, stemGate);
            try {
                ts.reset();
                int position = -1;
                while (ts.incrementToken()) {
                    position += increment.getPositionIncrement();
                    // Most words of a text are in no query: only those that are get a string.
                    String text = queryTerms.contains(term.buffer(), 0, term.length()) ? term.toString() : null;
                    tokens.add(position, offset.startOffset(), offset.endOffset(), text);
                }
                ts.end();
            } finally {
                StemGate.close(ts);
            }
        }
        Marks marks = new Marks();
        for (Leaf leaf : leaves) tokens.match(leaf, marks);
        return marks.sorted();
    }

    /** The tokens of one text in order; positions never decrease. */
    private static final class Tokens {
        int size;
        int[] positions = new int[64];
        int[] starts = new int[64];
        int[] ends = new int[64];
        String[] terms = new String[64];
        /** Index of the first token at each position. */
        int[] firstAt;

        void add(int position, int start, int end, String term) {
            if (size == positions.length) {
                int n = size * 2;
                positions = Arrays.copyOf(positions, n);
                starts = Arrays.copyOf(starts, n);
                ends = Arrays.copyOf(ends, n);
                terms = Arrays.copyOf(terms, n);
            }
            positions[size] = position;
            starts[size] = start;
            ends[size] = end;
            terms[size] = term;
            size++;
        }

        void match(Leaf leaf, Marks marks) {
            Set<String> first = leaf.terms().getFirst();
            int lastPosition = -1;
            for (int i = 0; i < size; i++) {
                if (terms[i] == null || positions[i] == lastPosition || !first.contains(terms[i])) continue;
                int start = starts[i];
                int end = ends[i];
                boolean all = true;
                for (int k = 1; k < leaf.positions().length && all; k++) {
                    int at = find(positions[i] + leaf.positions()[k], leaf.terms().get(k));
                    if (at < 0) {
                        all = false;
                    } else {
                        start = Math.min(start, starts[at]);
                        end = Math.max(end, ends[at]);
                    }
                }
                if (all) {
                    marks.add(start, end, leaf.label());
                    lastPosition = positions[i];
                }
            }
        }

        /** A token at {@code position} with one of {@code wanted}, or -1. */
        private int find(int position, Set<String> wanted) {
            if (firstAt == null) index();
            if (position < 0 || position >= firstAt.length - 1) return -1;
            for (int i = firstAt[position]; i < firstAt[position + 1]; i++) {
                if (terms[i] != null && wanted.contains(terms[i])) return i;
            }
            return -1;
        }

        private void index() {
            int positionCount = size == 0 ? 0 : positions[size - 1] + 1;
            firstAt = new int[positionCount + 1];
            int token = 0;
            for (int p = 0; p <= positionCount; p++) {
                while (token < size && positions[token] < p) token++;
                firstAt[p] = token;
            }
        }
    }

    /** One match: where it is in the text, and the leaf's label. */
    private record Mark(int start, int end, BytesRef label) {
    }

    /** The matches found, handed to the highlighter in order of their start. */
    private static final class Marks {
        private static final Comparator<Mark> IN_TEXT_ORDER = Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end);
        private final List<Mark> marks = new ArrayList<>();

        void add(int start, int end, BytesRef label) {
            marks.add(new Mark(start, end, label));
        }

        OffsetsEnum sorted() {
            if (marks.isEmpty()) return OffsetsEnum.EMPTY;
            marks.sort(IN_TEXT_ORDER);
            return new OffsetsEnum() {
                private int next = -1;

                @Override
                public boolean nextPosition() {
                    return ++next < marks.size();
                }

                @Override
                public int freq() {
                    return 1; // as Lucene's weight matches report each occurrence
                }

                @Override
                public BytesRef getTerm() {
                    return marks.get(next).label();
                }

                @Override
                public int startOffset() {
                    return marks.get(next).start();
                }

                @Override
                public int endOffset() {
                    return marks.get(next).end();
                }
            };
        }
    }
}
