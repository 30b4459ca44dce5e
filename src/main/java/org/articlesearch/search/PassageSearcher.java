package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.articlesearch.index.ArticleAnalyzer;
import org.articlesearch.index.Fields;
import org.articlesearch.split.PassageType;

/** Answers requests against one point-in-time view of the index. */
public final class PassageSearcher {
    /** Listings and article views: articles by id, each in its own order. */
    private static final Sort ARTICLE_ORDER = new Sort(
            new SortField(Fields.ARTICLE_ID, SortField.Type.STRING), new SortField(Fields.ORDINAL, SortField.Type.LONG));

    /**
     * Fewer documents than this matching every term, over all types, and a query of three terms or
     * more falls back to most of its terms: a page of ten with room to spare is where a user starts
     * rephrasing, and a query that already fills a page keeps its exact results.
     */
    static final int FALL_BACK_BELOW = SearchRequest.DEFAULT_LIMIT;

    private final IndexSearcher searcher;
    private final ArticleAnalyzer analyzer;
    private final boolean fallBack;

    /** A searcher that falls back to most of the terms when all of them find too little. */
    public PassageSearcher(IndexSearcher searcher, ArticleAnalyzer analyzer) {
        this(searcher, analyzer, true);
    }

    /**
     * @param fallBack false to require every term always, as before the fallback existed (to measure
     *                 against it)
     */
    public PassageSearcher(IndexSearcher searcher, ArticleAnalyzer analyzer, boolean fallBack) {
        this.searcher = searcher;
        this.analyzer = analyzer;
        this.fallBack = fallBack;
    }

    /**
     * One page of hits with facets. A blank query (or one of only operators) lists the documents the
     * filters select in article order; with no filter either, it finds nothing. A query of three terms
     * or more that finds fewer than {@value #FALL_BACK_BELOW} documents with all its terms (all types
     * counted, so the set does not change with the type tab) answers with the documents that match
     * most of them (see {@link MostTerms}), when that finds more; total, facets and hits then all
     * describe that set.
     */
    public SearchResult search(SearchRequest request) throws IOException {
        long started = System.nanoTime();
        UserQuery userQuery = UserQuery.parse(request.query(), analyzer);
        boolean listing = userQuery.isEmpty();
        if (listing && !request.hasFilter()) {
            Facets none = new Facets(FacetingCollectorManager.typeCounts(new long[PassageType.values().length]), Map.of());
            return new SearchResult(0, millisSince(started), none, List.of());
        }
        var found = find(userQuery.toQuery(), request, listing);
        String matched = SearchResult.ALL;
        if (fallBack && !listing && unnarrowed(found) < FALL_BACK_BELOW) {
            Query most = userQuery.mostTerms(searcher);
            var relaxed = most == null ? null : find(most, request, false);
            if (relaxed != null && unnarrowed(relaxed) > unnarrowed(found)) {
                found = relaxed;
                matched = SearchResult.MOST;
            }
        }
        ScoreDoc[] all = found.hits().scoreDocs;
        ScoreDoc[] page = Arrays.copyOfRange(all, Math.min(request.offset(), all.length),
                Math.min(request.offset() + request.limit(), all.length));
        List<Hit> hits = hits(page, listing ? null : userQuery.positive());
        return new SearchResult(found.total(), matched, millisSince(started), found.facets(), hits);
    }

    /** Documents found before the type filter: what decides the fallback, whichever type is shown. */
    private static long unnarrowed(FacetingCollectorManager.Result<?> found) {
        return found.facets().type().values().stream().mapToLong(Long::longValue).sum();
    }

    /** One search: the top {@code offset + limit} hits of the selected types, their total and the facets. */
    private FacetingCollectorManager.Result<? extends TopDocs> find(Query query, SearchRequest request, boolean listing)
            throws IOException {
        // Never 0: Lucene's collectors need room for one hit even when only counts are wanted.
        int wanted = Math.max(1, request.offset() + request.limit());
        CollectorManager<?, ? extends TopDocs> top = listing
                ? new TopFieldCollectorManager(ARTICLE_ORDER, wanted, null, Integer.MAX_VALUE)
                : new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE);
        return searcher.search(withFilters(query, request, analyzer),
                new FacetingCollectorManager<>(top, request.types(), SpeakerOrdinals.of(searcher.getIndexReader())));
    }

    /** The documents of one article in article order, unhighlighted; empty when the id is unknown. */
    public List<Hit> articleDocuments(String articleId) throws IOException {
        Query q = new TermQuery(new Term(Fields.ARTICLE_ID, articleId));
        int n = searcher.count(q);
        if (n == 0) return List.of();
        ScoreDoc[] found = searcher.search(q, n, ARTICLE_ORDER).scoreDocs;
        int[] docs = new int[found.length];
        for (int i = 0; i < found.length; i++) docs[i] = found[i].doc;
        List<Hit> out = new ArrayList<>(n);
        for (HitReader.Passage p : new HitReader(searcher).read(docs)) out.add(p.toHit(null, 0f));
        return out;
    }

    /** Documents per type label, every label present. */
    public Map<String, Long> countByType() throws IOException {
        long[] counts = new long[PassageType.values().length];
        for (PassageType t : PassageType.values()) {
            counts[t.ordinal()] = searcher.count(new TermQuery(new Term(Fields.TYPE, t.label())));
        }
        return FacetingCollectorManager.typeCounts(counts);
    }

    /** Articles in the index: each has exactly one document at ordinal 0. */
    public long countArticles() throws IOException {
        return searcher.count(NumericDocValuesField.newSlowExactQuery(Fields.ORDINAL, 0));
    }

    /** All documents in the index. */
    public long countDocuments() {
        return searcher.getIndexReader().numDocs();
    }

    /**
     * The Lucene query a request asks, every filter a filter clause: what a plain Lucene top ten
     * would run for it (the benchmark's baseline). The search itself leaves the type out of the
     * query and applies it while counting, see {@link FacetingCollector}.
     */
    public static Query luceneQuery(SearchRequest request, ArticleAnalyzer analyzer) {
        Query query = UserQuery.parse(request.query(), analyzer).toQuery();
        if (request.types().isEmpty()) return withFilters(query, request, analyzer);
        BooleanQuery.Builder types = new BooleanQuery.Builder();
        for (PassageType t : request.types()) types.add(new TermQuery(new Term(Fields.TYPE, t.label())), Occur.SHOULD);
        return new BooleanQuery.Builder().add(withFilters(query, request, analyzer), Occur.MUST)
                .add(types.build(), Occur.FILTER).build();
    }

    /** The speaker and article filters; the type filter is applied while collecting, see {@link FacetingCollector}. */
    private static Query withFilters(Query query, SearchRequest request, ArticleAnalyzer analyzer) {
        if (!request.hasNonTypeFilter()) return query;
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (request.articleId() != null) {
            b.add(new TermQuery(new Term(Fields.ARTICLE_ID, request.articleId())), Occur.FILTER);
        }
        if (request.speaker() != null) b.add(speakerFilter(request.speaker(), analyzer), Occur.FILTER);
        return b.build();
    }

    /** The speaker's words as written, in order, anywhere in the name: "Stewart" matches "Kristen Stewart". */
    private static Query speakerFilter(String speaker, ArticleAnalyzer analyzer) {
        List<String> words = analyzer.writtenTerms(speaker);
        if (words.isEmpty()) return new MatchNoDocsQuery("no words in the speaker filter");
        if (words.size() == 1) return new TermQuery(new Term(Fields.SPEAKER, words.getFirst()));
        return new PhraseQuery(Fields.SPEAKER, words.toArray(String[]::new));
    }

    private List<Hit> hits(ScoreDoc[] page, Query highlightQuery) throws IOException {
        int[] ids = new int[page.length];
        for (int i = 0; i < page.length; i++) ids[i] = page[i].doc;
        HitReader.Passage[] passages = new HitReader(searcher).read(ids);
        boolean[] wholeText = new boolean[page.length];
        Map<Integer, String> texts = new HashMap<>();
        for (int i = 0; i < page.length; i++) {
            texts.put(ids[i], passages[i].text());
            wholeText[i] = Highlights.showsWhole(passages[i].type(), passages[i].text());
        }
        String[] marked = highlightQuery == null || page.length == 0 ? new String[page.length]
                : new Highlights(searcher, analyzer, texts).highlight(highlightQuery, ids, wholeText);
        List<Hit> out = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            String highlight = marked[i] != null ? marked[i] : Highlights.unhighlighted(passages[i].text(), wholeText[i]);
            float score = Float.isNaN(page[i].score) || highlightQuery == null ? 0f : page[i].score;
            out.add(passages[i].toHit(highlight, score));
        }
        return out;
    }

    private static double millisSince(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 10_000.0) / 100.0;
    }
}
