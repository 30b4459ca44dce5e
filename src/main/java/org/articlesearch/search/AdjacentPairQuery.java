package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.articlesearch.index.Fields;

/**
 * The phrase of two neighbouring common words' stems, scored as Lucene scores that {@link MultiPhraseQuery}
 * but read from the one term of {@link Fields#WORD_PAIRS} that stands for them: the pair's frequency in a
 * passage is the number of places where the two stems stand side by side, which is the phrase's frequency,
 * so the same similarity with the same statistics (the phrase's terms', as the phrase takes them) gives
 * the same score, without reading a position. The bonus of {@code on the} at 100× the corpus read the
 * positions of 190,000 passages where the pair is, 70 of its search's 140 ms in process.
 *
 * <p>Everything that looks at words in the text (highlighting, the fallback to most terms) sees {@link
 * #phrase()}; {@code WordPairBonusTest} pins matches and scores to it.
 */
final class AdjacentPairQuery extends Query {
    private final MultiPhraseQuery phrase;
    private final Term pair;

    /**
     * @param phrase the two stems' phrase in the text field, every form of each
     * @param pair   their term in {@link Fields#WORD_PAIRS}
     */
    AdjacentPairQuery(MultiPhraseQuery phrase, Term pair) {
        if (phrase.getTermArrays().length != 2 || phrase.getSlop() != 0 || phrase.getPositions()[1] != phrase.getPositions()[0] + 1) {
            throw new IllegalArgumentException("not an exact phrase of two neighbouring words: " + phrase);
        }
        this.phrase = phrase;
        this.pair = pair;
    }

    /** The phrase this query scores as. */
    MultiPhraseQuery phrase() {
        return phrase;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Similarity.SimScorer simScorer = scoreMode.needsScores() ? phraseScorer(searcher, boost) : null;
        String field = phrase.getTermArrays()[0][0].field();
        return new Weight(this) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                PostingsEnum postings = context.reader().postings(pair, PostingsEnum.FREQS);
                if (postings == null) return null;
                NumericDocValues norms = simScorer == null ? null : context.reader().getNormValues(field);
                Scorer scorer = new PairScorer(postings, simScorer, norms);
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) {
                        return scorer;
                    }

                    @Override
                    public long cost() {
                        return postings.cost();
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                ScorerSupplier supplier = scorerSupplier(context);
                Scorer scorer = supplier == null ? null : supplier.get(Long.MAX_VALUE);
                if (scorer == null || scorer.iterator().advance(doc) != doc) return Explanation.noMatch("the words do not stand together");
                return Explanation.match(scorer.score(), "the phrase " + phrase + ", its frequency from " + pair);
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return true;
            }
        };
    }

    /**
     * What {@link MultiPhraseQuery} scores with: the similarity over the text field's statistics and those of
     * every term of the phrase found in the index, in the phrase's order, a term given twice ("the the")
     * counted twice as Lucene counts it; null when none is found.
     */
    private Similarity.SimScorer phraseScorer(IndexSearcher searcher, float boost) throws IOException {
        List<TermStatistics> stats = new ArrayList<>();
        Map<Term, TermStates> built = new HashMap<>();
        for (Term[] terms : phrase.getTermArrays()) {
            for (Term term : terms) {
                TermStates states = built.get(term);
                if (states == null) {
                    states = TermStates.build(searcher, term, true);
                    built.put(term, states);
                }
                if (states.docFreq() > 0) stats.add(searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()));
            }
        }
        if (stats.isEmpty()) return null;
        return searcher.getSimilarity().scorer(boost, searcher.collectionStatistics(phrase.getTermArrays()[0][0].field()),
                stats.toArray(TermStatistics[]::new));
    }

    /** Iterates the pair's passages; scores each as the phrase scorer does (a missing norm counts as 1). */
    private static final class PairScorer extends Scorer {
        private final PostingsEnum postings;
        private final Similarity.SimScorer simScorer;
        private final NumericDocValues norms;

        PairScorer(PostingsEnum postings, Similarity.SimScorer simScorer, NumericDocValues norms) {
            this.postings = postings;
            this.simScorer = simScorer;
            this.norms = norms;
        }

        @Override
        public int docID() {
            return postings.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return postings;
        }

        @Override
        public float getMaxScore(int upTo) {
            return simScorer == null ? 1f : Float.POSITIVE_INFINITY;
        }

        @Override
        public float score() throws IOException {
            if (simScorer == null) return 1f;
            long norm = 1L;
            if (norms != null && norms.advanceExact(postings.docID())) norm = norms.longValue();
            return simScorer.score(postings.freq(), norm);
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        phrase.visit(visitor);
    }

    @Override
    public String toString(String field) {
        return "pair(" + phrase.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && phrase.equals(((AdjacentPairQuery) other).phrase) && pair.equals(((AdjacentPairQuery) other).pair);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), phrase, pair);
    }
}
