package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.articlesearch.index.Fields;

/**
 * The forgiving form of a query, for when every term together finds too little: the documents
 * matching most of its terms. Quoted phrases stay required, as phrases, and exclusions stay (see
 * {@link UserQuery#mostTerms}). A document must match at least {@value #MIN_MATCHED} of the words
 * that count; those with every such word rank first, then those lacking at most a quarter of them,
 * then the rest, each group by BM25. The score is the steps a document reached plus its BM25 score
 * squeezed below one, so that one sort by score does both.
 *
 * <p>Each choice was decided by the figures in QUALITY.md, "Ranking natural-language questions"
 * (questions: CISI's MAP against plain BM25; misremembered BBC quotes found in the top three):
 * <ul>
 * <li>Ranking word by word by the number of words matched cost a third of the questions' MAP (0.13
 *     against 0.20): which five words of a twenty-word question a document has says more than
 *     whether it has five or six. Hence three coarse steps.
 * <li>A word in more than half of all passages ("the", "of") tells nothing about a document (BM25's
 *     own weight for it is below zero, which Lucene clamps to a little above): it neither counts
 *     towards the minimum or the steps nor adds to the score. MAP 0.189 to 0.199; and its postings,
 *     the longest, are not read.
 * <li>An answer may hold few of a long question's words: three words as the minimum rather than two
 *     cut MAP to 0.177.
 * <li>A word's matches in the text, title and speaker add up, as in one field holding them all,
 *     where the exact query takes the best field only: MAP 0.180 to 0.189.
 * </ul>
 */
public final class MostTerms {
    /** A query of fewer terms keeps every term required: one- and two-word searches stay precise. */
    public static final int MIN_TERMS = 3;
    /**
     * Terms a document must match at least, quoted phrases included (all that count, when fewer
     * count): the steps of the ranking put those that match more first, and the answer to a long
     * question may hold few of its words.
     */
    public static final int MIN_MATCHED = 2;
    /** A word in more than this share of all passages does not count. */
    public static final double COMMON = 0.5;
    /** The middle step: documents lacking at most this share of the words that count (at least one word). */
    public static final double NEARLY = 0.25;

    private MostTerms() {
    }

    /**
     * The documents matching most of {@code clauses}, ranked, or null when the query keeps every
     * term: fewer than {@value #MIN_TERMS} terms, or quoted phrases that are most of it already.
     */
    static Query of(List<UserQuery.Clause> clauses, Query adjacent, IndexSearcher searcher) throws IOException {
        if (clauses.size() < MIN_TERMS) return null;
        List<Query> quoted = new ArrayList<>();
        List<Query> words = new ArrayList<>();
        for (UserQuery.Clause c : clauses) (c.quoted() ? quoted : words).add(c.query());
        List<Query> counting = new ArrayList<>();
        for (Query w : words) {
            if (!isCommon(w, searcher.getIndexReader())) counting.add(w);
        }
        if (counting.isEmpty()) counting = words;
        int needed = Math.min(MIN_MATCHED, quoted.size() + counting.size()) - quoted.size();
        // Nothing to drop: every word that counts is needed (or there is none), and no common word was asked for.
        if (Math.max(needed, 0) >= counting.size() && counting.size() == words.size()) return null;

        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : quoted) b.add(q, Occur.FILTER);
        if (needed > 0) b.add(atLeast(needed, counting), Occur.FILTER);
        // The steps, a point each: every word that counts; all but a quarter of them. One no higher than the minimum adds nothing.
        if (counting.size() > needed) b.add(atLeast(counting.size(), counting), Occur.SHOULD);
        int nearly = counting.size() - Math.max(1, (int) (counting.size() * NEARLY));
        if (nearly > Math.max(needed, 0)) b.add(atLeast(nearly, counting), Occur.SHOULD);

        BooleanQuery.Builder bm25 = new BooleanQuery.Builder();
        for (Query q : quoted) bm25.add(everyFieldCounts(q), Occur.SHOULD);
        for (Query q : counting) bm25.add(everyFieldCounts(q), Occur.SHOULD);
        if (adjacent != null) bm25.add(adjacent, Occur.SHOULD);
        b.add(new FunctionScoreQuery(bm25.build(), new BelowOne(DoubleValuesSource.SCORES)), Occur.SHOULD);
        return b.build();
    }

    /** Documents matching at least {@code n} of {@code queries}, each scoring 1. */
    private static Query atLeast(int n, List<Query> queries) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(n);
        for (Query q : queries) b.add(q, Occur.SHOULD);
        return new ConstantScoreQuery(b.build());
    }

    /**
     * A word's text fields, title and speaker all add to its score, as in one field holding them
     * all: the exact query takes only the best, which ranks long questions lower (see QUALITY.md).
     */
    private static Query everyFieldCounts(Query q) {
        return switch (q) {
            case DisjunctionMaxQuery d -> new DisjunctionMaxQuery(d.getDisjuncts(), 1f);
            case BooleanQuery b -> {
                BooleanQuery.Builder out = new BooleanQuery.Builder();
                for (BooleanClause c : b.clauses()) out.add(everyFieldCounts(c.query()), c.occur());
                yield out.build();
            }
            default -> q;
        };
    }

    /** True when the word (its OR alternatives together) is in the texts of more than half of all passages. */
    private static boolean isCommon(Query word, IndexReader reader) throws IOException {
        return textDocFreq(word, reader) > COMMON * reader.maxDoc();
    }

    /** About how many passages' texts hold {@code q}, from the terms' document counts: no search. */
    private static long textDocFreq(Query q, IndexReader reader) throws IOException {
        return switch (q) {
            case TermQuery t -> Fields.TEXT.equals(t.getTerm().field()) ? reader.docFreq(t.getTerm()) : 0;
            case SynonymQuery s -> Fields.TEXT.equals(s.getField()) ? sum(s.getTerms(), reader) : 0;
            // A word with inner punctuation ("e-mail") is a phrase of its parts: no more frequent than its rarest part.
            case PhraseQuery p -> Fields.TEXT.equals(p.getField()) ? min(List.of(p.getTerms()).stream().map(List::of).toList(), reader) : 0;
            case MultiPhraseQuery m -> Fields.TEXT.equals(m.getTermArrays()[0][0].field())
                    ? min(List.of(m.getTermArrays()).stream().map(List::of).toList(), reader) : 0;
            case BoostQuery b -> textDocFreq(b.getQuery(), reader);
            case DisjunctionMaxQuery d -> {
                long max = 0;
                for (Query x : d.getDisjuncts()) max = Math.max(max, textDocFreq(x, reader));
                yield max;
            }
            case BooleanQuery b -> {
                long total = 0;
                for (BooleanClause c : b.clauses()) total += textDocFreq(c.query(), reader);
                yield total;
            }
            default -> 0;
        };
    }

    private static long sum(List<Term> terms, IndexReader reader) throws IOException {
        long n = 0;
        for (Term t : terms) n += reader.docFreq(t);
        return n;
    }

    private static long min(List<List<Term>> positions, IndexReader reader) throws IOException {
        long min = Long.MAX_VALUE;
        for (List<Term> at : positions) min = Math.min(min, sum(at, reader));
        return min;
    }

    /** A score in [0, 1), in the same order as the score it is made from: s / (s + 1). */
    private static final class BelowOne extends DoubleValuesSource {
        private final DoubleValuesSource in;

        BelowOne(DoubleValuesSource in) {
            this.in = in;
        }

        @Override
        public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
            DoubleValues values = in.getValues(ctx, scores);
            return new DoubleValues() {
                @Override
                public double doubleValue() throws IOException {
                    double s = values.doubleValue();
                    return s / (s + 1);
                }

                @Override
                public boolean advanceExact(int doc) throws IOException {
                    return values.advanceExact(doc);
                }
            };
        }

        @Override
        public boolean needsScores() {
            return true;
        }

        @Override
        public DoubleValuesSource rewrite(IndexSearcher searcher) throws IOException {
            DoubleValuesSource rewritten = in.rewrite(searcher);
            return rewritten == in ? this : new BelowOne(rewritten);
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
            return false;
        }

        @Override
        public int hashCode() {
            return 31 * in.hashCode() + BelowOne.class.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BelowOne other && other.in.equals(in);
        }

        @Override
        public String toString() {
            return "belowOne(" + in + ")";
        }
    }
}
