package org.articlesearch.solr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.articlesearch.index.Fields;
import org.articlesearch.model.PassageType;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SortOrder;
import org.articlesearch.search.MostTerms;
import org.articlesearch.search.UserQuery;

/**
 * A search box query and its filters as a Solr JSON request that means what the local index does
 * (see {@link UserQuery}): each word required, in any form of its stem, in the text, or with less
 * weight in the title or speaker, the best field deciding ({@code maxscore}, tie 0); a quoted phrase the
 * same over the fields of words as written; {@code OR} groups; {@code -exclusions}; a bonus where the
 * words of a plain query stand together. The user's words reach Solr only as parameter values
 * ({@code v=$t0}), quoted, so no input is Solr syntax: a query cannot fail to parse.
 */
final class SolrQueries {
    /** The tag on the type filter, which the type facet ignores: tabs show what the other types hold. */
    static final String TYPE_TAG = "type";
    static final int MAX_SPEAKERS = 10;
    static final int SPEAKER_SLACK = 20;
    static final String FIELDS = String.join(",", "id", Fields.ARTICLE_ID, Fields.TYPE, Fields.TITLE, Fields.TEXT,
            Fields.SPEAKER, Fields.SPEAKER_MENTION, Fields.SPEAKER_START, Fields.SPEAKER_END, Fields.PARAGRAPH, Fields.START,
            Fields.END, Fields.ORDINAL, Fields.URL, Fields.PUBLISHED, Fields.AUTHOR, Fields.TEXT_KEY);

    private SolrQueries() {
    }

    /** One term of the query, before analysis (Solr analyses it). */
    record Term(String text, boolean phrase) {
        /** As an edismax query value: always quoted, so that "e-mail" is a phrase of its parts, as locally. */
        String quoted() {
            return '"' + text.replace("\\", " ").replace("\"", " ") + '"';
        }
    }

    /**
     * The terms of a search box input, grouped as {@link UserQuery#parse} groups them: terms joined by
     * OR in one group, every group required, exclusions apart.
     *
     * @param plainWords the words of a query of plain words only (for the bonus where they stand together), else empty
     */
    record Parsed(List<List<Term>> groups, List<Term> excluded, List<String> plainWords) {
        boolean isEmpty() {
            return groups.isEmpty();
        }

        List<Term> positive() {
            return groups.stream().flatMap(List::stream).toList();
        }
    }

    static Parsed parse(String input) {
        List<List<Term>> groups = new ArrayList<>();
        List<Term> excluded = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        boolean onlyPlainWords = true;
        boolean pendingOr = false;
        for (UserQuery.Token t : UserQuery.tokenize(input)) {
            if (t.kind() == UserQuery.Kind.OR) {
                pendingOr = !groups.isEmpty();
                continue;
            }
            // A term of punctuation only analyses to nothing: the local query skips it, and so here.
            if (t.text().codePoints().noneMatch(Character::isLetterOrDigit)) continue;
            Term term = new Term(t.text(), t.kind() == UserQuery.Kind.PHRASE);
            if (t.excluded()) {
                excluded.add(term);
            } else {
                if (pendingOr) {
                    groups.getLast().add(term);
                    onlyPlainWords = false;
                } else {
                    groups.add(new ArrayList<>(List.of(term)));
                }
                if (term.phrase()) onlyPlainWords = false;
                else plain.add(term.text());
            }
            pendingOr = false;
        }
        return new Parsed(groups, excluded, onlyPlainWords && plain.size() > 1 ? plain : List.of());
    }

    /**
     * The request for one page of {@code request}, with facets and highlighting; null when there is
     * nothing to look for and no filter (the local search finds nothing then too).
     */
    static JsonQueryRequest search(SearchRequest request) {
        return search(request, parse(request.query()), List.of(), List.of());
    }

    /**
     * @param parsed          {@code request}'s query, parsed
     * @param speakerVariants the surnames alone counted under the speaker asked for ("Blair" for "Tony
     *                        Blair"): the speaker filter finds their quotes too, as the facet counted them
     */
    static JsonQueryRequest search(SearchRequest request, Parsed parsed, List<String> speakerVariants,
                                   java.util.Collection<String> allVariants) {
        boolean listing = parsed.isEmpty();
        boolean filtered = !request.types().isEmpty() || request.speaker() != null || request.articleId() != null
                || request.from() != null || request.to() != null;
        if (listing && !filtered) return null;
        return request(request, parsed, speakerVariants, allVariants, params -> query(parsed, params));
    }

    /**
     * The forgiving request (see {@link MostTerms}): documents matching most of the terms, those with
     * every word that counts first, then those lacking at most a quarter, then the rest, each step by
     * BM25 squeezed below one; quoted phrases and exclusions still hold. Null when the query keeps
     * every term.
     *
     * @param common per group of {@code parsed}, true when its words are in the text of more than half of all passages
     */
    static JsonQueryRequest mostTerms(SearchRequest request, Parsed parsed, boolean[] common, List<String> speakerVariants,
                                      java.util.Collection<String> allVariants) {
        if (parsed.groups().size() < MostTerms.MIN_TERMS) return null;
        List<List<Term>> quoted = new ArrayList<>();
        List<List<Term>> words = new ArrayList<>();
        List<List<Term>> counting = new ArrayList<>();
        for (int i = 0; i < parsed.groups().size(); i++) {
            List<Term> g = parsed.groups().get(i);
            if (g.stream().anyMatch(Term::phrase)) {
                quoted.add(g);
            } else {
                words.add(g);
                if (!common[i]) counting.add(g);
            }
        }
        if (counting.isEmpty()) counting = words;
        int needed = Math.min(MostTerms.MIN_MATCHED, quoted.size() + counting.size()) - quoted.size();
        if (Math.max(needed, 0) >= counting.size() && counting.size() == words.size()) return null;
        List<List<Term>> counted = counting;
        return request(request, parsed, speakerVariants, allVariants, params -> {
            List<Object> filter = new ArrayList<>();
            for (List<Term> q : quoted) filter.add(group(q, params, 0f));
            if (needed > 0) filter.add(atLeast(needed, counted, params));
            List<Object> should = new ArrayList<>();
            if (counted.size() > needed) should.add(step(atLeast(counted.size(), counted, params)));
            int nearly = counted.size() - Math.max(1, (int) (counted.size() * MostTerms.NEARLY));
            if (nearly > Math.max(needed, 0)) should.add(step(atLeast(nearly, counted, params)));
            // BM25 of every term, a word's fields adding up (tie 1), squeezed into [0, 1): s / (s + 1).
            StringBuilder bm25 = new StringBuilder("{!bool");
            for (List<Term> q : quoted) bm25.append(" should=").append(params.add(string(group(q, params, 1f), params)));
            for (List<Term> w : counted) bm25.append(" should=").append(params.add(string(group(w, params, 1f), params)));
            if (!parsed.plainWords().isEmpty()) bm25.append(" should=").append(params.add(adjacent(parsed, params)));
            String bm = params.add(bm25.append('}').toString());
            should.add("{!func}div(query(" + bm + "),sum(query(" + bm + "),1))");
            Map<String, Object> bool = new LinkedHashMap<>();
            bool.put("filter", filter);
            bool.put("should", should);
            if (!parsed.excluded().isEmpty()) {
                List<Object> not = new ArrayList<>();
                for (Term t : parsed.excluded()) not.add(term(t, params, 0f));
                bool.put("must_not", not);
            }
            return Map.of("bool", bool);
        });
    }

    /** Documents matching at least {@code n} of the groups. */
    private static Map<String, Object> atLeast(int n, List<List<Term>> groups, Params params) {
        List<Object> any = new ArrayList<>();
        for (List<Term> g : groups) any.add(group(g, params, 0f));
        Map<String, Object> bool = new LinkedHashMap<>();
        bool.put("should", any);
        bool.put("mm", n);
        return Map.of("bool", bool);
    }

    /** A point for the documents {@code query} matches. */
    private static Map<String, Object> step(Map<String, Object> query) {
        return Map.of("bool", Map.of("filter", List.of(query), "must", List.of("{!func}1")));
    }

    /** A query object as a query string, for a parameter that a function or {@code {!bool}} reads. */
    private static String string(Object query, Params params) {
        if (query instanceof String s) return s;
        @SuppressWarnings("unchecked")
        Map<String, Object> bool = (Map<String, Object>) ((Map<String, Object>) query).get("bool");
        StringBuilder b = new StringBuilder("{!bool");
        @SuppressWarnings("unchecked")
        List<Object> should = (List<Object>) bool.get("should");
        for (Object q : should) b.append(" should=").append(params.add(string(q, params)));
        return b.append('}').toString();
    }

    private static JsonQueryRequest request(SearchRequest request, Parsed parsed, List<String> speakerVariants,
                                            java.util.Collection<String> allVariants,
                                            java.util.function.Function<Params, Map<String, Object>> query) {
        boolean listing = parsed.isEmpty();
        Params params = new Params();
        JsonQueryRequest r = new JsonQueryRequest();
        r.setQuery(query.apply(params));
        if (!request.types().isEmpty()) {
            String labels = request.types().stream().map(PassageType::label).sorted().collect(Collectors.joining(","));
            r.withFilter("{!terms f=" + Fields.TYPE + " tag=" + TYPE_TAG + "}" + labels);
        }
        if (request.articleId() != null) r.withFilter("{!term f=" + Fields.ARTICLE_ID + " v=" + params.add(request.articleId()) + "}");
        if (request.speaker() != null) {
            // The speaker's words as written, in order, anywhere in the name: "Stewart" finds "Kristen Stewart".
            StringBuilder any = new StringBuilder("{!bool should=").append(params.add("{!field f=speaker_exact v=" + params.add(request.speaker()) + "}"));
            for (String v : speakerVariants) any.append(" should=").append(params.add("{!term f=" + Fields.SPEAKER + " v=" + params.add(v) + "}"));
            r.withFilter(any.append('}').toString());
        }
        if (request.from() != null || request.to() != null) {
            String from = request.from() == null ? "*" : Long.toString(request.from().toEpochDay());
            String to = request.to() == null ? "*" : Long.toString(request.to().toEpochDay());
            r.withFilter(Fields.PUBLISHED_DAY + ":[" + from + " TO " + to + "]");
        }
        r.setOffset(request.offset());
        r.setLimit(request.limit());
        r.setSort(sort(request.sort(), listing));
        r.returnFields(FIELDS + (listing ? "" : ",score"));
        Map<String, Object> types = new LinkedHashMap<>();
        types.put("type", "terms");
        types.put("field", Fields.TYPE);
        types.put("limit", -1);
        types.put("domain", Map.of("excludeTags", TYPE_TAG));
        r.withFacet("types", types);
        Map<String, Object> speakers = new LinkedHashMap<>();
        speakers.put("type", "terms");
        speakers.put("field", Fields.SPEAKER);
        // More than are shown: surnames alone are merged into full names before the top ten are taken.
        speakers.put("limit", MAX_SPEAKERS + SPEAKER_SLACK);
        // Exact counts for the speakers shown, however the quotes are spread over shards.
        speakers.put("refine", true);
        r.withFacet("speakers", speakers);
        if (!allVariants.isEmpty()) {
            // Every name in a merge (a surname alone, the full name it counts under), counted however far
            // down it falls: the top speakers' merged totals are then exact (see SpeakerOrdinals.mergedInto).
            Map<String, Object> variants = new LinkedHashMap<>();
            variants.put("type", "terms");
            variants.put("field", Fields.SPEAKER);
            variants.put("limit", -1);
            variants.put("refine", true);
            variants.put("domain", Map.of("filter", "{!terms f=" + Fields.SPEAKER + " separator=$sep v=" + params.add(String.join("\u001f", allVariants)) + "}"));
            params.put("sep", "\u001f");
            r.withFacet("variantSpeakers", variants);
        }
        if (!listing) highlight(parsed, params);
        // Top ids and their fields in one pass over the shards rather than two: pages are small.
        params.put("distrib.singlePass", "true");
        if (request.grouped() && !listing) {
            // One hit per text: documents with the same normalised text share a key (see TextKey); a
            // group's head is its best document, the page counts groups, total and facets documents.
            params.put("group", "true");
            params.put("group.field", Fields.TEXT_KEY);
            params.put("group.limit", "1");
        }
        params.forEach(r::withParam);
        return r;
    }

    /** Highlighting of the whole text with the query's words and phrases, all read in the stemmed text field. */
    static void highlight(Parsed parsed, Params params) {
        String terms = parsed.positive().stream().map(Term::quoted).collect(Collectors.joining(" "));
        params.put("hl", "true");
        params.put("hl.method", "unified");
        params.put("hl.fl", Fields.TEXT);
        params.put("hl.q", "{!lucene df=" + Fields.TEXT + " q.op=OR v=" + params.add(terms) + "}");
        params.put("hl.requireFieldMatch", "true");
        params.put("hl.bs.type", "WHOLE");
        params.put("hl.fragsize", "0");
        params.put("hl.maxAnalyzedChars", "1000000");
        params.put("hl.defaultSummary", "false");
        params.put("hl.tag.pre", "<mark>");
        params.put("hl.tag.post", "</mark>");
        params.put("hl.encoder", "simple");
    }

    /** The query part: every group required, the exclusions, the bonus; every document when there is no term. */
    static Map<String, Object> query(Parsed parsed, Params params) {
        List<Object> must = new ArrayList<>();
        for (List<Term> group : parsed.groups()) must.add(group(group, params, 0f));
        if (must.isEmpty()) must.add("*:*");
        Map<String, Object> bool = new LinkedHashMap<>();
        bool.put("must", must);
        if (!parsed.plainWords().isEmpty()) bool.put("should", List.of(adjacent(parsed, params)));
        if (!parsed.excluded().isEmpty()) {
            List<Object> not = new ArrayList<>();
            for (Term t : parsed.excluded()) not.add(term(t, params, 0f));
            bool.put("must_not", not);
        }
        return Map.of("bool", bool);
    }

    /** The bonus where the words of a plain query stand together, in any form of their stems. */
    private static String adjacent(Parsed parsed, Params params) {
        String together = '"' + String.join(" ", parsed.plainWords()).replace("\\", " ").replace("\"", " ") + "\"^2";
        return "{!lucene df=" + Fields.TEXT + " v=" + params.add(together) + "}";
    }

    /** One group of terms joined by OR (most are a single term). */
    private static Object group(List<Term> group, Params params, float tie) {
        if (group.size() == 1) return term(group.getFirst(), params, tie);
        List<Object> any = new ArrayList<>();
        for (Term t : group) any.add(term(t, params, tie));
        return Map.of("bool", Map.of("should", any));
    }

    /**
     * A term in each of its fields, the best field deciding ({@code tie} 0) or all adding up (1): in
     * the text, and with less weight in the speaker, as a phrase when it has several words; in the
     * title as all of its words, anywhere, since the local index keeps no positions for titles.
     */
    private static String term(Term t, Params params, float tie) {
        String[] fields = t.phrase() ? new String[] {"text_exact", "title_exact", "speaker_exact"}
                : new String[] {Fields.TEXT, "title_words", "speaker_words"};
        String asTyped = params.add(t.quoted());
        // Lower case, so that no word reads as an operator (NOT); Solr lower-cases them anyway.
        String words = params.add(t.text().replaceAll("[^\\p{L}\\p{N}']+", " ").strip().toLowerCase(java.util.Locale.ROOT));
        String each = "{!edismax qf=" + fields[0] + " v=" + asTyped + "} {!edismax qf=" + fields[1] + "^0.3 q.op=AND mm=100% v=" + words
                + "} {!edismax qf=" + fields[2] + "^0.5 v=" + asTyped + "}";
        return "{!maxscore q.op=OR tie=" + (tie == 0f ? "0" : "1") + " v=" + params.add(each) + "}";
    }

    private static String sort(SortOrder order, boolean listing) {
        String articleOrder = Fields.ARTICLE_ID + " asc," + Fields.ORDINAL + " asc";
        return switch (order) {
            case RELEVANCE -> listing ? articleOrder : "score desc";
            case NEWEST -> Fields.PUBLISHED_DAY + " desc," + (listing ? articleOrder : "score desc");
            case OLDEST -> Fields.PUBLISHED_DAY + " asc," + (listing ? articleOrder : "score desc");
        };
    }

    /** Request parameters; the user's text goes in numbered ones, which the query names ({@code $t0}). */
    static final class Params extends LinkedHashMap<String, Object> {
        /** Adds {@code value} as a new parameter and returns its reference, {@code $t3}. */
        String add(String value) {
            String name = "t" + size();
            put(name, value);
            return "$" + name;
        }
    }
}
