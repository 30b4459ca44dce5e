package org.articlesearch.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.articlesearch.index.ArticleAnalyzer;
import org.articlesearch.index.Fields;
import org.articlesearch.model.PassageType;

/**
 * Highlights the text of hits, re-analysing it to find the words. Quotes, captions and short
 * paragraphs come back whole; long paragraphs as their best one or two passages of a few hundred
 * characters.
 */
final class Highlights {
    static final int PASSAGE_CHARS = 250;
    /** A paragraph this short is shown whole: cutting it would hide little and confuse more. */
    static final int WHOLE_TEXT_CHARS = 400;
    static final int MAX_PASSAGES = 2;
    /** Length of the plain start of a paragraph shown when nothing in it matched. */
    static final int SUMMARY_CHARS = 300;
    /** Highlight the whole text even of a very long document, rather than silently stop at 10,000 chars. */
    private static final int MAX_LENGTH = 1_000_000;

    private final UnifiedHighlighter whole;
    private final UnifiedHighlighter passages;

    /**
     * @param texts the text of every document to be highlighted, by doc id, as the caller already
     *              loaded it: the highlighter reads it from here instead of decompressing it again
     */
    Highlights(IndexSearcher searcher, ArticleAnalyzer analyzer, Map<Integer, String> texts) {
        whole = new LoadedTextHighlighter(builder(searcher, analyzer).withBreakIterator(WholeBreakIterator::new), texts);
        passages = new LoadedTextHighlighter(builder(searcher, analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0f)), texts);
    }

    private static UnifiedHighlighter.Builder builder(IndexSearcher searcher, ArticleAnalyzer analyzer) {
        // Weight matches mark what the query matched: a phrase as one span, not its words elsewhere.
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withWeightMatches(true)
                .withHighlightPhrasesStrictly(true)
                .withFormatter(new MarkFormatter())
                .withScorer(new PassageScoring())
                .withMaxLength(MAX_LENGTH)
                .withMaxNoHighlightPassages(0);
    }

    /**
     * Highlights texts the searcher has already loaded: the stock highlighter would decompress each
     * stored document a second time, and merge every segment's field infos to learn how to find offsets.
     */
    private static final class LoadedTextHighlighter extends UnifiedHighlighter {
        private final Map<Integer, String> texts;

        LoadedTextHighlighter(UnifiedHighlighter.Builder builder, Map<Integer, String> texts) {
            super(builder);
            this.texts = texts;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                CharSequence[] perField = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    perField[f] = Fields.TEXT.equals(fields[f]) ? texts.get(doc) : null;
                }
                values.add(perField);
            }
            return values;
        }

        @Override
        protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
            if (source == OffsetSource.ANALYSIS) {
                TokenMatches matches = TokenMatches.of(components, indexAnalyzer);
                if (matches != null) return matches;
            }
            return super.getOffsetStrategy(source, components);
        }

        @Override
        protected OffsetSource getOffsetSource(String field) {
            // PassageDocuments indexes no offsets: re-analysing ten short texts costs less than they weigh on disk.
            return Fields.TEXT.equals(field) ? OffsetSource.ANALYSIS : super.getOffsetSource(field);
        }
    }

    /**
     * The part of a user query that can mark words in the text: its text-field terms and phrases,
     * each optional. The highlighter builds this query's weight again for every hit, and title and
     * speaker clauses, which never mark text, would only cost term lookups there. Each text clause
     * marks a hit where it matches in it: every one of them, or, for a hit of the fallback to most
     * terms (see {@link MostTerms}), those it matched. Null when nothing in the query looks at the text.
     */
    static Query textOnly(Query query) {
        return switch (query) {
            case TermQuery t -> Fields.TEXT.equals(t.getTerm().field()) ? t : null;
            case PhraseQuery p -> Fields.TEXT.equals(p.getField()) ? p : null;
            case SynonymQuery s -> Fields.TEXT.equals(s.getField()) ? s : null;
            case MultiPhraseQuery m -> Fields.TEXT.equals(m.getTermArrays()[0][0].field()) ? m : null;
            case BoostQuery b -> textOnly(b.getQuery());
            case AdjacentPairQuery a -> textOnly(a.phrase());
            case DisjunctionMaxQuery d -> anyOf(d.getDisjuncts());
            case BooleanQuery b -> anyOf(b.clauses().stream()
                    .filter(c -> c.occur() == BooleanClause.Occur.MUST || c.occur() == BooleanClause.Occur.SHOULD)
                    .map(BooleanClause::query).toList());
            default -> query;
        };
    }

    private static Query anyOf(Collection<Query> queries) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Query only = null;
        int n = 0;
        for (Query q : queries) {
            Query t = textOnly(q);
            if (t == null) continue;
            b.add(t, BooleanClause.Occur.SHOULD);
            only = t;
            n++;
        }
        return n == 0 ? null : n == 1 ? only : b.build();
    }

    /**
     * The highlighted text of each document, or null where nothing in the text matched.
     *
     * @param wholeText per document: true to return the whole text, false for the best passages
     */
    String[] highlight(Query query, int[] docIds, boolean[] wholeText) throws IOException {
        String[] out = new String[docIds.length];
        query = textOnly(query);
        if (query == null) return out;
        highlightInto(out, whole, query, docIds, wholeText, true, 1);
        highlightInto(out, passages, query, docIds, wholeText, false, MAX_PASSAGES);
        return out;
    }

    private static void highlightInto(String[] out, UnifiedHighlighter highlighter, Query query, int[] docIds,
                                      boolean[] wholeText, boolean whole, int maxPassages) throws IOException {
        int[] index = new int[docIds.length];
        int n = 0;
        for (int i = 0; i < docIds.length; i++) {
            if (wholeText[i] == whole) index[n++] = i;
        }
        if (n == 0) return;
        int[] ids = new int[n];
        for (int k = 0; k < n; k++) ids[k] = docIds[index[k]];
        String[] found = highlighter.highlightFields(new String[] {Fields.TEXT}, query, ids, new int[] {maxPassages})
                .get(Fields.TEXT);
        for (int k = 0; k < n; k++) out[index[k]] = found[k];
    }

    /** True when a document of this type and text is shown whole rather than cut into passages. */
    static boolean showsWhole(String type, String text) {
        return !PassageType.PARAGRAPH.label().equals(type) || text.length() <= WHOLE_TEXT_CHARS;
    }

    /** The escaped text shown when nothing in it matched: all of it, or the start of a long paragraph. */
    static String unhighlighted(String text, boolean wholeText) {
        if (wholeText) return Html.escape(text);
        int cut = text.lastIndexOf(' ', SUMMARY_CHARS);
        if (cut < SUMMARY_CHARS / 2) cut = SUMMARY_CHARS;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
        return Html.escape(text.substring(0, cut).stripTrailing()) + " " + MarkFormatter.ELLIPSIS;
    }
}
