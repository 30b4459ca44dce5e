package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
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
import org.apache.lucene.util.BytesRef;
import org.articlesearch.index.ArticleAnalyzer;
import org.articlesearch.index.Fields;
import org.articlesearch.model.AlsoIn;
import org.articlesearch.model.Facets;
import org.articlesearch.model.Hit;
import org.articlesearch.model.PassageType;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SearchResult;
import org.articlesearch.model.SortOrder;

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
    public static final int FALL_BACK_BELOW = SearchRequest.DEFAULT_LIMIT;

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
        // Never 0: Lucene's collectors need room for one hit even when only counts are wanted.
        int wanted = Math.max(1, request.offset() + request.limit());
        boolean grouping = request.grouped() && !listing;
        // Grouped, a page of ten texts needs more than ten documents when copies rank together.
        int window = grouping ? Math.min(MAX_GROUP_WINDOW, Math.max(wanted * 3, wanted + 20)) : wanted;
        Sort byDate = byDate(request.sort(), listing);
        SpeakerOrdinals speakers = SpeakerOrdinals.of(searcher.getIndexReader());
        List<String> variants = request.speaker() == null ? List.of() : speakers.variantsOf(request.speaker());
        Query query = withFilters(userQuery.toQuery(), request, variants, analyzer);
        // By relevance, the best texts are collected in one pass; by date, a window of documents is cut.
        int groups = grouping && byDate == null ? wanted : 0;
        var found = find(query, request, listing, byDate, window, groups, speakers);
        String matched = SearchResult.ALL;
        if (fallBack && !listing && unnarrowed(found) < FALL_BACK_BELOW) {
            Query most = userQuery.mostTerms(searcher);
            Query relaxedQuery = most == null ? null : withFilters(most, request, variants, analyzer);
            var relaxed = relaxedQuery == null ? null : find(relaxedQuery, request, false, byDate, window, groups, speakers);
            if (relaxed != null && unnarrowed(relaxed) > unnarrowed(found)) {
                found = relaxed;
                query = relaxedQuery;
                matched = SearchResult.MOST;
            }
        }
        while (true) {
            ScoreDoc[] all = found.hits().scoreDocs;
            long[] keys = null;
            if (groups > 0) {
                keys = Grouping.keys(searcher, all);
            } else if (grouping) {
                long[] allKeys = Grouping.keys(searcher, all);
                int[] firsts = Grouping.firstOfEach(allKeys);
                if (firsts.length < wanted && all.length == window && window < MAX_GROUP_WINDOW) {
                    window = Math.min(MAX_GROUP_WINDOW, window * 4);
                    found = find(query, request, listing, byDate, window, 0, speakers);
                    continue;
                }
                ScoreDoc[] grouped = new ScoreDoc[firsts.length];
                keys = new long[firsts.length];
                for (int i = 0; i < firsts.length; i++) {
                    grouped[i] = all[firsts[i]];
                    keys[i] = allKeys[firsts[i]];
                }
                all = grouped;
            }
            int from = Math.min(request.offset(), all.length);
            int to = Math.min(request.offset() + request.limit(), all.length);
            List<Hit> hits = hits(Arrays.copyOfRange(all, from, to), listing ? null : userQuery.positive());
            if (grouping && !hits.isEmpty()) {
                long[] pageKeys = Arrays.copyOfRange(keys, from, to);
                AlsoIn[] copies = Grouping.alsoIn(searcher, pageKeys, hits.stream().map(Hit::articleId).toArray(String[]::new));
                List<Hit> withCopies = new ArrayList<>(hits.size());
                for (int i = 0; i < hits.size(); i++) withCopies.add(copies[i] == null ? hits.get(i) : hits.get(i).withAlsoIn(copies[i]));
                hits = withCopies;
            }
            return new SearchResult(found.total(), matched, millisSince(started), found.facets(), hits);
        }
    }

    /** Documents found before the type filter: what decides the fallback, whichever type is shown. */
    private static long unnarrowed(FacetingCollectorManager.Result<?> found) {
        return found.facets().type().values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * One search of a query with its filters: the top {@code window} hits of the selected types, in the
     * order asked (relevance, a date, or article order for a listing), or, when {@code groups} is not
     * 0, the best document of each of the top {@code groups} texts by relevance; their total and the facets.
     */
    private FacetingCollectorManager.Result<? extends TopDocs> find(Query filtered, SearchRequest request, boolean listing,
                                                                   Sort byDate, int window, int groups, SpeakerOrdinals speakers)
            throws IOException {
        CollectorManager<?, ? extends TopDocs> top = groups > 0
                ? new TopGroupsCollectorManager(groups)
                : byDate != null
                ? new TopFieldCollectorManager(byDate, window, null, Integer.MAX_VALUE)
                : listing
                ? new TopFieldCollectorManager(ARTICLE_ORDER, window, null, Integer.MAX_VALUE)
                : new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE);
        return searcher.search(filtered, new FacetingCollectorManager<>(top, request.types(), speakers));
    }

    /** The most documents read to fill a grouped page: a text copied more often than this may show twice. */
    private static final int MAX_GROUP_WINDOW = 2_000;

    /**
     * Newest or oldest first, then by relevance (or, for a listing, in article order); null for
     * relevance. An undated article sorts last either way, never dropped: its missing day reads as
     * the far end of the order.
     */
    private static Sort byDate(SortOrder order, boolean listing) {
        if (order == SortOrder.RELEVANCE) return null;
        boolean newest = order == SortOrder.NEWEST;
        SortField day = new SortField(Fields.PUBLISHED_DAY, SortField.Type.LONG, newest);
        day.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
        return listing ? new Sort(day, ARTICLE_ORDER.getSort()[0], ARTICLE_ORDER.getSort()[1])
                : new Sort(day, SortField.FIELD_SCORE);
    }

    /** The documents of one article in article order, unhighlighted; empty when the id is unknown. */
    public List<Hit> articleDocuments(String articleId) throws IOException {
        return articleDocuments(articleId, "");
    }

    /**
     * The documents of one article in article order; empty when the id is unknown. With a query,
     * each document the query's words or phrases match carries its whole text as its highlight, the
     * matches marked, so a reader sees them in place; the others have none.
     */
    public List<Hit> articleDocuments(String articleId, String query) throws IOException {
        Query q = new TermQuery(new Term(Fields.ARTICLE_ID, articleId));
        int n = searcher.count(q);
        if (n == 0) return List.of();
        ScoreDoc[] found = searcher.search(q, n, ARTICLE_ORDER).scoreDocs;
        int[] docs = new int[found.length];
        for (int i = 0; i < found.length; i++) docs[i] = found[i].doc;
        HitReader.Passage[] passages = new HitReader(searcher).read(docs);
        UserQuery userQuery = UserQuery.parse(query == null ? "" : query, analyzer);
        String[] marked = new String[docs.length];
        if (!userQuery.isEmpty()) {
            Map<Integer, String> texts = new HashMap<>();
            for (int i = 0; i < docs.length; i++) texts.put(docs[i], passages[i].text());
            boolean[] whole = new boolean[docs.length];
            Arrays.fill(whole, true);
            marked = new Highlights(searcher, analyzer, texts).highlight(userQuery.positive(), docs, whole);
        }
        List<Hit> out = new ArrayList<>(n);
        for (int i = 0; i < docs.length; i++) out.add(passages[i].toHit(marked[i], 0f));
        return out;
    }

    /**
     * The other articles of the family of near copies {@code articleId} belongs to (see {@link
     * org.articlesearch.index.NearCopies}): its original and the original's other copies, or its own
     * copies when it is the original; null when there are none. The first {@value Grouping#NAMED_ARTICLES}
     * by id are named, the count says how many there are.
     */
    public AlsoIn nearCopiesOf(String articleId) throws IOException {
        Query first = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.ARTICLE_ID, articleId)), Occur.FILTER)
                .add(NumericDocValuesField.newSlowExactQuery(Fields.ORDINAL, 0), Occur.FILTER).build();
        String original = articleId;
        for (String o : firstDocumentValues(first, Fields.NEAR_COPY_OF)) original = o;
        java.util.TreeSet<String> family = new java.util.TreeSet<>(
                firstDocumentValues(new TermQuery(new Term(Fields.NEAR_COPY_OF, original)), Fields.ARTICLE_ID));
        if (!original.equals(articleId) && searcher.count(new TermQuery(new Term(Fields.ARTICLE_ID, original))) > 0) {
            family.add(original);
        }
        family.remove(articleId);
        if (family.isEmpty()) return null;
        return new AlsoIn(family.size(), family.stream().limit(Grouping.NAMED_ARTICLES).toList());
    }

    /** The doc values of {@code field} of every document {@code query} matches, in no order. */
    private List<String> firstDocumentValues(Query query, String field) throws IOException {
        List<String> out = new ArrayList<>();
        var weight = searcher.createWeight(searcher.rewrite(query), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            var scorer = weight.scorer(leaf);
            if (scorer == null) continue;
            SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
            var live = leaf.reader().getLiveDocs();
            var it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if ((live == null || live.get(doc)) && values.advanceExact(doc)) {
                    out.add(values.lookupOrd(values.ordValue()).utf8ToString());
                }
            }
        }
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

    /** Articles found to be near copies of another when they were indexed (their first document says so). */
    public long countNearCopies() throws IOException {
        return searcher.count(new org.apache.lucene.search.FieldExistsQuery(Fields.NEAR_COPY_OF));
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
        return withFilters(query, request, List.of(), analyzer);
    }

    /** {@code variants}: the surnames alone that the facets count under the speaker asked for ("Blair" for "Tony Blair"). */
    private static Query withFilters(Query query, SearchRequest request, List<String> variants, ArticleAnalyzer analyzer) {
        if (!request.hasNonTypeFilter()) return query;
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (request.articleId() != null) {
            b.add(new TermQuery(new Term(Fields.ARTICLE_ID, request.articleId())), Occur.FILTER);
        }
        if (request.speaker() != null) b.add(speakerFilter(request.speaker(), variants, analyzer), Occur.FILTER);
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(Fields.PUBLISHED_DAY, from, to), Occur.FILTER);
        }
        return b.build();
    }

    /**
     * The speaker's words as written, in order, anywhere in the name: "Stewart" matches "Kristen
     * Stewart". The surnames alone merged into the name are its quotes too: the facet a user clicks
     * counted them.
     */
    private static Query speakerFilter(String speaker, List<String> variants, ArticleAnalyzer analyzer) {
        List<String> words = analyzer.writtenTerms(speaker);
        if (words.isEmpty()) return new MatchNoDocsQuery("no words in the speaker filter");
        Query named = words.size() == 1 ? new TermQuery(new Term(Fields.SPEAKER, words.getFirst()))
                : new PhraseQuery(Fields.SPEAKER, words.toArray(String[]::new));
        if (variants.isEmpty()) return named;
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(named, Occur.SHOULD);
        for (String v : variants) any.add(SortedDocValuesField.newSlowExactQuery(Fields.SPEAKER_FACET, new BytesRef(v)), Occur.SHOULD);
        return any.build();
    }

    /**
     * Speakers whose names start as {@code typed} does, with their quote counts, most quoted first:
     * for a search box that suggests them ("blair" gives Tony Blair).
     */
    public List<Map.Entry<String, Long>> suggestSpeakers(String typed, int limit) throws IOException {
        return SpeakerOrdinals.of(searcher.getIndexReader()).suggest(typed, limit);
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
            float score = highlightQuery == null ? 0f : score(page[i]);
            out.add(passages[i].toHit(highlight, score));
        }
        return out;
    }

    /** A hit's relevance: in a sort by date, Lucene keeps it among the sort values rather than as the score. */
    private static float score(ScoreDoc hit) {
        if (!Float.isNaN(hit.score)) return hit.score;
        if (hit instanceof FieldDoc sorted) {
            for (Object value : sorted.fields) {
                if (value instanceof Float relevance) return relevance;
            }
        }
        return 0f;
    }

    private static double millisSince(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 10_000.0) / 100.0;
    }
}
