package org.articlesearch.solr;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.RemoteSolrException;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.response.Group;
import org.apache.solr.client.solrj.response.GroupCommand;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.articlesearch.index.Fields;
import org.articlesearch.model.AlsoIn;
import org.articlesearch.model.Article;
import org.articlesearch.model.Facets;
import org.articlesearch.model.Hit;
import org.articlesearch.model.Passage;
import org.articlesearch.model.PassageType;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SearchResult;
import org.articlesearch.model.SearchUnavailableException;
import org.articlesearch.search.Grouping;
import org.articlesearch.search.MarkedText;
import org.articlesearch.search.MostTerms;
import org.articlesearch.search.PassageSearcher;
import org.articlesearch.search.SpeakerOrdinals;

/**
 * Searches a SolrCloud collection (or alias) that {@link SolrRebuild} filled, answering with the
 * same records as the local index. The client learns the cluster's live nodes from the node it was
 * given and spreads requests over them, so a node that stops is routed around.
 */
public final class SolrCollection implements AutoCloseable {
    /** The most passages an article view reads. */
    private static final int MAX_ARTICLE_DOCUMENTS = 10_000;

    /**
     * How long a resolved alias is trusted. SolrJ resolves an alias anew on every request when it is
     * given one (two admin requests to the cluster per search, measured: 41 for 5 searches), so
     * searches name the collection behind the alias, looked up again this often; a rebuild deletes
     * the old collection well after this (see {@link SolrRebuild#DELETE_OLD_AFTER_MILLIS}).
     */
    static final long ALIAS_TTL_NANOS = 2_000_000_000L;

    private final URI solrUrl;
    private final String collection;
    private final CloudSolrClient client;
    private volatile Resolved resolved;

    /** The collections behind the alias (or the collection itself), and when that was read. */
    private record Resolved(String target, long atNanos) {
    }

    private SolrCollection(URI solrUrl, String collection, CloudSolrClient client) {
        this.solrUrl = solrUrl;
        this.collection = collection;
        this.client = client;
    }

    /**
     * Connects to {@code collection} (a collection or an alias) of the SolrCloud cluster that the node
     * at {@code solrUrl} ({@code http://host:8983/solr}) belongs to. Nothing is sent until the first request.
     */
    public static SolrCollection connect(URI solrUrl, String collection) {
        return new SolrCollection(solrUrl, collection, client(solrUrl));
    }

    static CloudSolrClient client(URI solrUrl) {
        String url = solrUrl.toString().replaceAll("/+$", "");
        // HttpJdkSolrClient: the JDK's HTTP client, so SolrJ brings no Jetty beside Javalin's (see pom.xml).
        return new CloudSolrClient.Builder(List.of(url))
                .withInternalClientBuilder(new HttpJdkSolrClient.Builder()
                        .withConnectionTimeout(5, TimeUnit.SECONDS)
                        .withIdleTimeout(60, TimeUnit.SECONDS))
                .build();
    }

    public String name() {
        return collection;
    }

    public URI solrUrl() {
        return solrUrl;
    }

    /** One page of hits with facets, as the local search gives it. */
    public SearchResult search(SearchRequest request) {
        long started = System.nanoTime();
        Speakers names = speakers();
        List<String> variants = request.speaker() == null ? List.of() : names.variantsOf(request.speaker());
        SolrQueries.Parsed parsed = SolrQueries.parse(request.query());
        JsonQueryRequest r = SolrQueries.search(request, parsed, variants, names.merging());
        if (r == null) {
            return new SearchResult(0, millisSince(started), new Facets(Facets.typeCounts(new long[PassageType.values().length]), Map.of()),
                    List.of());
        }
        QueryResponse response = run(r);
        String matched = SearchResult.ALL;
        if (!parsed.isEmpty() && parsed.groups().size() >= MostTerms.MIN_TERMS
                && unnarrowed(response) < PassageSearcher.FALL_BACK_BELOW) {
            JsonQueryRequest relaxed = SolrQueries.mostTerms(request, parsed, common(parsed), variants, names.merging());
            if (relaxed != null) {
                QueryResponse most = run(relaxed);
                if (unnarrowed(most) > unnarrowed(response)) {
                    response = most;
                    matched = SearchResult.MOST;
                }
            }
        }
        Map<String, Map<String, List<String>>> marks = response.getHighlighting();
        List<Hit> hits = new ArrayList<>();
        List<SolrDocument> page = new ArrayList<>();
        long total;
        if (response.getGroupResponse() != null && !response.getGroupResponse().getValues().isEmpty()) {
            GroupCommand command = response.getGroupResponse().getValues().getFirst();
            total = command.getMatches();
            for (Group g : command.getValues()) {
                if (!g.getResult().isEmpty()) page.add(g.getResult().getFirst());
            }
        } else {
            total = response.getResults().getNumFound();
            page.addAll(response.getResults());
        }
        for (SolrDocument d : page) {
            String text = string(d, Fields.TEXT);
            String type = string(d, Fields.TYPE);
            String marked = null;
            if (marks != null && marks.get(string(d, "id")) != null) {
                List<String> found = marks.get(string(d, "id")).get(Fields.TEXT);
                if (found != null && !found.isEmpty()) marked = found.getFirst();
            }
            Object score = d.getFieldValue("score");
            hits.add(hit(d, MarkedText.highlight(type, text, marked), score instanceof Number n ? n.floatValue() : 0f));
        }
        long[] types = new long[PassageType.values().length];
        Map<String, Long> speakers = new LinkedHashMap<>();
        if (response.getJsonFacetingResponse() != null) {
            for (BucketJsonFacet b : buckets(response, "types")) {
                PassageType t = PassageType.fromLabel(String.valueOf(b.getVal()));
                if (t != null) types[t.ordinal()] = b.getCount();
            }
            speakers = topSpeakers(buckets(response, "speakers"), buckets(response, "variantSpeakers"));
        }
        if (response.getGroupResponse() != null && !hits.isEmpty()) hits = withAlsoIn(hits, page);
        return new SearchResult(total, matched, millisSince(started), new Facets(Facets.typeCounts(types), speakers), hits);
    }

    /**
     * Each hit with the other articles that hold its text, anywhere in the collection, as the local
     * grouping gives them: their number, and the first {@value Grouping#NAMED_ARTICLES} ids in order.
     * One request for the page: its text keys, and per key the articles and how many.
     */
    private List<Hit> withAlsoIn(List<Hit> hits, List<SolrDocument> page) {
        List<String> keys = new ArrayList<>();
        for (SolrDocument d : page) {
            Object k = d.getFirstValue(Fields.TEXT_KEY);
            if (k != null && !keys.contains(k.toString())) keys.add(k.toString());
        }
        if (keys.isEmpty()) return hits;
        Map<String, Object> articles = new LinkedHashMap<>();
        articles.put("type", "terms");
        articles.put("field", Fields.ARTICLE_ID);
        articles.put("limit", Grouping.NAMED_ARTICLES + 1);
        articles.put("sort", "index asc");
        articles.put("refine", true);
        Map<String, Object> byKey = new LinkedHashMap<>();
        byKey.put("type", "terms");
        byKey.put("field", Fields.TEXT_KEY);
        byKey.put("limit", -1);
        byKey.put("mincount", 2);
        byKey.put("facet", Map.of("articles", articles, "articleCount", "unique(" + Fields.ARTICLE_ID + ")"));
        JsonQueryRequest r = new JsonQueryRequest().setQuery("{!terms f=" + Fields.TEXT_KEY + "}" + String.join(",", keys))
                .setLimit(0).withFacet("keys", byKey);
        QueryResponse response = run(r);
        Map<String, BucketJsonFacet> found = new java.util.HashMap<>();
        if (response.getJsonFacetingResponse() != null) {
            for (BucketJsonFacet b : buckets(response, "keys")) found.put(String.valueOf(b.getVal()), b);
        }
        List<Hit> out = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            Hit hit = hits.get(i);
            Object k = page.get(i).getFirstValue(Fields.TEXT_KEY);
            BucketJsonFacet b = k == null ? null : found.get(k.toString());
            if (b == null) {
                out.add(hit);
                continue;
            }
            List<String> others = new ArrayList<>();
            BucketBasedJsonFacet ids = b.getBucketBasedFacets("articles");
            if (ids != null) for (BucketJsonFacet id : ids.getBuckets()) others.add(String.valueOf(id.getVal()));
            boolean own = others.remove(hit.articleId());
            Object unique = b.getStatValue("articleCount");
            long count = (unique instanceof Number n ? n.longValue() : others.size() + (own ? 1 : 0)) - 1;
            if (count <= 0 || others.isEmpty()) {
                out.add(hit);
                continue;
            }
            out.add(hit.withAlsoIn(new AlsoIn(count, others.subList(0, Math.min(Grouping.NAMED_ARTICLES, others.size())))));
        }
        return out;
    }

    /**
     * The speakers who said the most, surnames alone counted under their full names, most first and
     * ties by name, as the local facet gives them.
     */
    private Map<String, Long> topSpeakers(List<BucketJsonFacet> top, List<BucketJsonFacet> variants) {
        Speakers names = speakers();
        Map<String, Long> merged = new java.util.HashMap<>();
        Set<String> merging = names.merging();
        for (BucketJsonFacet b : top) {
            String name = String.valueOf(b.getVal());
            if (!merging.contains(name)) merged.merge(name, b.getCount(), Long::sum);
        }
        // Names that merge (a surname alone, the full name it counts under) are counted apart, all of them.
        for (BucketJsonFacet b : variants) merged.merge(names.countedUnder(String.valueOf(b.getVal())), b.getCount(), Long::sum);
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(merged.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue(java.util.Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> out = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : sorted.subList(0, Math.min(SolrQueries.MAX_SPEAKERS, sorted.size()))) out.put(e.getKey(), e.getValue());
        return out;
    }

    /** Every speaker's name in the collection and which surnames alone merge into which full names. */
    private record Speakers(String target, Map<String, String> into, Map<String, List<String>> variants, Set<String> merging) {
        String countedUnder(String name) {
            return into.getOrDefault(name, name);
        }

        List<String> variantsOf(String fullName) {
            return variants.getOrDefault(fullName, List.of());
        }

    }

    private volatile Speakers speakers;

    /** The speakers of the collection the alias points at now, read once per collection. */
    private Speakers speakers() {
        String target = target(false);
        Speakers s = speakers;
        if (s != null && s.target().equals(target)) return s;
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("type", "terms");
        all.put("field", Fields.SPEAKER);
        all.put("limit", -1);
        QueryResponse response = run(new JsonQueryRequest().setQuery("*:*").setLimit(0).withFacet("names", all));
        List<String> names = new ArrayList<>();
        if (response.getJsonFacetingResponse() != null) {
            for (BucketJsonFacet b : buckets(response, "names")) names.add(String.valueOf(b.getVal()));
        }
        Map<String, String> into = SpeakerOrdinals.mergedInto(names);
        Map<String, List<String>> variants = new java.util.HashMap<>();
        into.forEach((surname, full) -> variants.computeIfAbsent(full, k -> new ArrayList<>()).add(surname));
        // Every name in a merge: the surnames alone and the full names they count under.
        Set<String> merging = new java.util.TreeSet<>(into.keySet());
        merging.addAll(variants.keySet());
        s = new Speakers(target, into, variants, merging);
        speakers = s;
        return s;
    }

    /** Documents found before the type filter: what decides the fallback, as locally. */
    private static long unnarrowed(QueryResponse response) {
        if (response.getJsonFacetingResponse() == null) return 0;
        long n = 0;
        for (BucketJsonFacet b : buckets(response, "types")) n += b.getCount();
        return n;
    }

    /**
     * Per group of words, whether its words are in the texts of more than half of all passages (so
     * they do not count towards "most of the words"): one request of counts, made only on the way to
     * the fallback.
     */
    private boolean[] common(SolrQueries.Parsed parsed) {
        SolrQueries.Params params = new SolrQueries.Params();
        JsonQueryRequest r = new JsonQueryRequest().setQuery("*:*").setLimit(0);
        for (int i = 0; i < parsed.groups().size(); i++) {
            StringBuilder any = new StringBuilder("{!bool");
            for (SolrQueries.Term t : parsed.groups().get(i)) {
                any.append(" should=").append(params.add("{!field f=" + Fields.TEXT + " v=" + params.add(t.text()) + "}"));
            }
            r.withFacet("g" + i, Map.of("type", "query", "q", any.append('}').toString()));
        }
        params.forEach(r::withParam);
        QueryResponse response = run(r);
        long all = response.getResults().getNumFound();
        boolean[] out = new boolean[parsed.groups().size()];
        for (int i = 0; i < out.length; i++) {
            var f = response.getJsonFacetingResponse() == null ? null : response.getJsonFacetingResponse().getQueryFacet("g" + i);
            out[i] = f != null && f.getCount() > MostTerms.COMMON * all;
        }
        return out;
    }

    /**
     * An article's passages in article order; with a query, those it matches carry their whole text
     * with the matches marked. Empty when the id is unknown.
     */
    public List<Hit> articleDocuments(String articleId, String query) {
        SolrQueries.Params params = new SolrQueries.Params();
        SolrQueries.Parsed parsed = SolrQueries.parse(query);
        JsonQueryRequest r = new JsonQueryRequest()
                .setQuery("{!term f=" + Fields.ARTICLE_ID + " v=" + params.add(articleId) + "}")
                .setLimit(MAX_ARTICLE_DOCUMENTS)
                .setSort(Fields.ORDINAL + " asc")
                .returnFields(SolrQueries.FIELDS);
        if (!parsed.isEmpty()) SolrQueries.highlight(parsed, params);
        params.forEach(r::withParam);
        QueryResponse response = run(r);
        Map<String, Map<String, List<String>>> marks = response.getHighlighting();
        List<Hit> out = new ArrayList<>();
        for (SolrDocument d : response.getResults()) {
            String marked = null;
            if (marks != null && marks.get(string(d, "id")) != null) {
                List<String> found = marks.get(string(d, "id")).get(Fields.TEXT);
                if (found != null && !found.isEmpty()) marked = MarkedText.whole(string(d, Fields.TEXT), found.getFirst());
            }
            out.add(hit(d, marked, 0f));
        }
        return out;
    }

    /** Copies in one family of near copies named at most: a family is a story and its reprints. */
    private static final int MAX_FAMILY = 1_000;

    /**
     * The other articles of the family of near copies {@code articleId} belongs to, as the local
     * index answers it: its original and the original's other copies, or its own copies; null when none.
     */
    public AlsoIn nearCopies(String articleId) {
        SolrQueries.Params params = new SolrQueries.Params();
        JsonQueryRequest first = new JsonQueryRequest()
                .setQuery("{!term f=" + Fields.ARTICLE_ID + " v=" + params.add(articleId) + "}")
                .withFilter(Fields.ORDINAL + ":0").setLimit(1).returnFields(Fields.NEAR_COPY_OF);
        params.forEach(first::withParam);
        String original = articleId;
        for (SolrDocument d : run(first).getResults()) {
            String o = string(d, Fields.NEAR_COPY_OF);
            if (o != null) original = o;
        }
        SolrQueries.Params familyParams = new SolrQueries.Params();
        JsonQueryRequest copies = new JsonQueryRequest()
                .setQuery("{!term f=" + Fields.NEAR_COPY_OF + " v=" + familyParams.add(original) + "}")
                .setLimit(MAX_FAMILY).returnFields(Fields.ARTICLE_ID);
        familyParams.forEach(copies::withParam);
        java.util.TreeSet<String> family = new java.util.TreeSet<>();
        for (SolrDocument d : run(copies).getResults()) family.add(string(d, Fields.ARTICLE_ID));
        if (!original.equals(articleId)) {
            SolrQueries.Params originalParams = new SolrQueries.Params();
            JsonQueryRequest exists = new JsonQueryRequest()
                    .setQuery("{!term f=" + Fields.ARTICLE_ID + " v=" + originalParams.add(original) + "}").setLimit(0);
            originalParams.forEach(exists::withParam);
            if (run(exists).getResults().getNumFound() > 0) family.add(original);
        }
        family.remove(articleId);
        if (family.isEmpty()) return null;
        return new AlsoIn(family.size(), family.stream().limit(Grouping.NAMED_ARTICLES).toList());
    }

    /**
     * Speakers whose names have words starting as {@code typed} does, most quoted first, with their
     * quote counts: every typed word but the last a word of the name, the last the start of one.
     */
    public List<Map.Entry<String, Long>> suggestSpeakers(String typed, int limit) {
        String[] words = SpeakerOrdinals.fold(typed == null ? "" : typed).strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || limit <= 0) return List.of();
        SolrQueries.Params params = new SolrQueries.Params();
        StringBuilder q = new StringBuilder("+" + Fields.TYPE + ":" + PassageType.QUOTE.label());
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replaceAll("[^\\p{L}\\p{N}']", "");
            if (w.isEmpty()) continue;
            q.append(" +speaker_exact:").append(w.replace("'", "\\'")).append(i == words.length - 1 ? "*" : "");
        }
        Map<String, Object> facet = new LinkedHashMap<>();
        facet.put("type", "terms");
        facet.put("field", Fields.SPEAKER);
        facet.put("limit", Math.max(limit * 4, 20));
        facet.put("refine", true);
        JsonQueryRequest r = new JsonQueryRequest().setQuery(q.toString()).setLimit(0).withFacet("speakers", facet);
        params.forEach(r::withParam);
        QueryResponse response = run(r);
        List<Map.Entry<String, Long>> out = new ArrayList<>();
        if (response.getJsonFacetingResponse() == null) return out;
        Speakers names = speakers();
        Map<String, Long> merged = new LinkedHashMap<>();
        for (BucketJsonFacet b : buckets(response, "speakers")) {
            merged.merge(names.countedUnder(String.valueOf(b.getVal())), b.getCount(), Long::sum);
        }
        // A full name's quotes include its surname alone's, which the typed words may not have found.
        for (Map.Entry<String, Long> e : new ArrayList<>(merged.entrySet())) {
            for (String v : names.variantsOf(e.getKey())) {
                if (!matchesTyped(v, words)) merged.merge(e.getKey(), countOf(v), Long::sum);
            }
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(merged.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue(java.util.Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Long> e : sorted) {
            if (out.size() < limit && matchesTyped(e.getKey(), words)) out.add(Map.entry(e.getKey(), e.getValue()));
        }
        return out;
    }

    /** Replaces an article's documents with these; visible after {@link #commit()}. */
    public void replace(Article article, List<Passage> passages) {
        UpdateRequest update = new UpdateRequest();
        update.deleteByQuery("{!term f=" + Fields.ARTICLE_ID + "}" + article.id());
        update.add(SolrDocuments.of(article, passages));
        update(update);
    }

    /** Removes an article's documents; visible after {@link #commit()}. */
    public void delete(String articleId) {
        UpdateRequest update = new UpdateRequest();
        update.deleteByQuery("{!term f=" + Fields.ARTICLE_ID + "}" + articleId);
        update(update);
    }

    /** Makes the changes so far durable and visible. */
    public void commit() {
        UpdateRequest update = new UpdateRequest();
        update.setAction(org.apache.solr.client.solrj.request.AbstractUpdateRequest.ACTION.COMMIT, true, true);
        update(update);
    }

    private void update(UpdateRequest update) {
        try {
            update.process(client, collection);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    private static boolean matchesTyped(String name, String[] typed) {
        return SpeakerOrdinals.matches(SpeakerOrdinals.fold(name).split(" "), typed);
    }

    /** How many quotes carry exactly this speaker name. */
    private long countOf(String speaker) {
        SolrQueries.Params params = new SolrQueries.Params();
        JsonQueryRequest r = new JsonQueryRequest().setQuery("{!term f=" + Fields.SPEAKER + " v=" + params.add(speaker) + "}").setLimit(0)
                .withFilter(Fields.TYPE + ":" + PassageType.QUOTE.label());
        params.forEach(r::withParam);
        return run(r).getResults().getNumFound();
    }

    /** Documents per type, all documents and articles. */
    public Counts counts() {
        Map<String, Object> types = new LinkedHashMap<>();
        types.put("type", "terms");
        types.put("field", Fields.TYPE);
        types.put("limit", -1);
        JsonQueryRequest r = new JsonQueryRequest().setQuery("*:*").setLimit(0).withFacet("types", types)
                .withFacet("articles", Map.of("type", "query", "q", Fields.ORDINAL + ":0"))
                .withFacet("nearCopies", Map.of("type", "query", "q", Fields.NEAR_COPY_OF + ":*"));
        QueryResponse response = run(r);
        long[] byType = new long[PassageType.values().length];
        long articles = 0;
        long nearCopies = 0;
        if (response.getJsonFacetingResponse() != null) {
            for (BucketJsonFacet b : buckets(response, "types")) {
                PassageType t = PassageType.fromLabel(String.valueOf(b.getVal()));
                if (t != null) byType[t.ordinal()] = b.getCount();
            }
            var a = response.getJsonFacetingResponse().getQueryFacet("articles");
            if (a != null) articles = a.getCount();
            var copies = response.getJsonFacetingResponse().getQueryFacet("nearCopies");
            if (copies != null) nearCopies = copies.getCount();
        }
        return new Counts(response.getResults().getNumFound(), Facets.typeCounts(byType), articles, nearCopies);
    }

    /** What a collection holds. */
    public record Counts(long documents, Map<String, Long> byType, long articles, long nearCopies) {
    }

    /** The collections the alias points at now; the name itself when it is a plain collection. */
    public List<String> resolved() {
        try {
            var aliases = new CollectionAdminRequest.ListAliases().process(client).getAliasesAsLists();
            return aliases.getOrDefault(collection, List.of(collection));
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    private QueryResponse run(JsonQueryRequest r) {
        try {
            return r.process(client, target(false));
        } catch (SolrServerException | IOException | RuntimeException e) {
            if (!isMissingCollection(e)) throw failure(e);
            // The alias moved and its old collection is gone: read the alias again, once.
            try {
                return r.process(client, target(true));
            } catch (SolrServerException | IOException | RuntimeException again) {
                throw failure(again);
            }
        }
    }

    /** The collection(s) to send searches to: the alias resolved, at most {@link #ALIAS_TTL_NANOS} ago. */
    private String target(boolean fresh) {
        Resolved r = resolved;
        long now = System.nanoTime();
        if (fresh || r == null || now - r.atNanos() > ALIAS_TTL_NANOS) {
            r = new Resolved(String.join(",", resolved()), now);
            resolved = r;
        }
        return r.target();
    }

    private static boolean isMissingCollection(Exception e) {
        String m = rootMessage(e) + " " + e.getMessage();
        return m.contains("Collection not found") || m.contains("Could not find collection") || m.contains("not found");
    }

    /**
     * A Solr failure as what the user can act on: a cluster out of reach is "unavailable" (HTTP 503),
     * a missing collection says so; anything else is Solr's own message.
     */
    RuntimeException failure(Exception e) {
        String where = "Solr " + solrUrl + " (collection " + collection + ")";
        if (e instanceof RemoteSolrException remote) {
            if (remote.code() == 404 || String.valueOf(remote.getMessage()).contains("not found")) {
                return new SearchUnavailableException(where + ": the collection does not exist (build it with index --solr)", e);
            }
            return new SearchUnavailableException(where + " failed: " + firstLine(remote.getMessage()), e);
        }
        if (e instanceof SolrServerException || e instanceof IOException) {
            return new SearchUnavailableException(where + " did not answer: " + firstLine(rootMessage(e)), e);
        }
        String message = rootMessage(e);
        if (message.contains("Collection not found") || message.contains("Could not find collection")) {
            return new SearchUnavailableException(where + ": the collection does not exist (build it with index --solr)", e);
        }
        return new SearchUnavailableException(where + " failed: " + firstLine(message), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return t == e ? m : t.getClass().getSimpleName() + ": " + m;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    SolrClient client() {
        return client;
    }

    private static List<BucketJsonFacet> buckets(QueryResponse response, String name) {
        BucketBasedJsonFacet f = response.getJsonFacetingResponse().getBucketBasedFacets(name);
        return f == null ? List.of() : f.getBuckets();
    }

    private static Hit hit(SolrDocument d, String highlight, float score) {
        return new Hit(string(d, "id"), string(d, Fields.ARTICLE_ID), string(d, Fields.TYPE), string(d, Fields.TITLE),
                string(d, Fields.PUBLISHED), string(d, Fields.AUTHOR), string(d, Fields.URL), string(d, Fields.TEXT), highlight,
                string(d, Fields.SPEAKER), string(d, Fields.SPEAKER_MENTION), integer(d, Fields.SPEAKER_START),
                integer(d, Fields.SPEAKER_END), score, intOr0(d, Fields.PARAGRAPH), intOr0(d, Fields.START), intOr0(d, Fields.END));
    }

    private static String string(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v == null ? null : v.toString();
    }

    private static Integer integer(SolrDocument d, String field) {
        return d.getFirstValue(field) instanceof Number n ? n.intValue() : null;
    }

    private static int intOr0(SolrDocument d, String field) {
        Integer v = integer(d, field);
        return v == null ? 0 : v;
    }

    private static double millisSince(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 10_000.0) / 100.0;
    }

    @Override
    public void close() {
        client.close();
    }
}
