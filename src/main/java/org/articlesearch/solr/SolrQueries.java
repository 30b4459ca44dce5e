package org.articlesearch.solr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.articlesearch.index.Fields;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SortOrder;
import org.articlesearch.search.UserQuery;
import org.articlesearch.split.PassageType;

/**
 * A search box query and its filters as a Solr JSON request that means what the local index does
 * (see {@link UserQuery}): each word required, in any form of its stem, in the text, or with less
 * weight in the title or speaker, the best field deciding ({@code dismax}, tie 0); a quoted phrase the
 * same over the fields of words as written; {@code OR} groups; {@code -exclusions}; a bonus where the
 * words of a plain query stand together. The user's words reach Solr only as parameter values
 * ({@code v=$t0}), quoted, so no input is Solr syntax: a query cannot fail to parse.
 */
final class SolrQueries {
    static final String WORD_FIELDS = "text title_words^0.3 speaker_words^0.5";
    static final String PHRASE_FIELDS = "text_exact title_exact^0.3 speaker_exact^0.5";
    /** The tag on the type filter, which the type facet ignores: tabs show what the other types hold. */
    static final String TYPE_TAG = "type";
    static final int MAX_SPEAKERS = 10;
    static final String FIELDS = String.join(",", "id", Fields.ARTICLE_ID, Fields.TYPE, Fields.TITLE, Fields.TEXT,
            Fields.SPEAKER, Fields.SPEAKER_MENTION, Fields.SPEAKER_START, Fields.SPEAKER_END, Fields.PARAGRAPH, Fields.START,
            Fields.END, Fields.ORDINAL, Fields.URL, Fields.PUBLISHED, Fields.AUTHOR);

    private SolrQueries() {
    }

    /** One term of the query, before analysis (Solr analyses it). */
    record Term(String text, boolean phrase) {
        /** As a dismax query value: always quoted, so that "e-mail" is a phrase of its parts, as locally. */
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
        Parsed parsed = parse(request.query());
        boolean listing = parsed.isEmpty();
        boolean filtered = !request.types().isEmpty() || request.speaker() != null || request.articleId() != null
                || request.from() != null || request.to() != null;
        if (listing && !filtered) return null;
        Params params = new Params();
        JsonQueryRequest r = new JsonQueryRequest();
        r.setQuery(query(parsed, params));
        if (!request.types().isEmpty()) {
            String labels = request.types().stream().map(PassageType::label).sorted().collect(Collectors.joining(","));
            r.withFilter("{!terms f=" + Fields.TYPE + " tag=" + TYPE_TAG + "}" + labels);
        }
        if (request.articleId() != null) r.withFilter("{!term f=" + Fields.ARTICLE_ID + " v=" + params.add(request.articleId()) + "}");
        if (request.speaker() != null) {
            // The speaker's words as written, in order, anywhere in the name: "Stewart" finds "Kristen Stewart".
            r.withFilter("{!field f=speaker_exact v=" + params.add(request.speaker()) + "}");
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
        speakers.put("limit", MAX_SPEAKERS);
        // Exact counts for the speakers shown, however the quotes are spread over shards.
        speakers.put("refine", true);
        r.withFacet("speakers", speakers);
        if (!listing) highlight(parsed, params);
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
        for (List<Term> group : parsed.groups()) {
            if (group.size() == 1) {
                must.add(term(group.getFirst(), params));
            } else {
                List<Object> any = new ArrayList<>();
                for (Term t : group) any.add(term(t, params));
                must.add(Map.of("bool", Map.of("should", any)));
            }
        }
        if (must.isEmpty()) must.add("*:*");
        Map<String, Object> bool = new LinkedHashMap<>();
        bool.put("must", must);
        if (!parsed.plainWords().isEmpty()) {
            String together = '"' + String.join(" ", parsed.plainWords()).replace("\\", " ").replace("\"", " ") + "\"^2";
            bool.put("should", List.of("{!lucene df=" + Fields.TEXT + " v=" + params.add(together) + "}"));
        }
        if (!parsed.excluded().isEmpty()) {
            List<Object> not = new ArrayList<>();
            for (Term t : parsed.excluded()) not.add(term(t, params));
            bool.put("must_not", not);
        }
        return Map.of("bool", bool);
    }

    private static String term(Term t, Params params) {
        return "{!dismax qf=$" + (t.phrase() ? "phraseFields" : "wordFields") + " tie=0 mm=100% v=" + params.add(t.quoted()) + "}";
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
        Params() {
            put("wordFields", WORD_FIELDS);
            put("phraseFields", PHRASE_FIELDS);
        }

        /** Adds {@code value} as a new parameter and returns its reference, {@code $t3}. */
        String add(String value) {
            String name = "t" + (size() - 2);
            put(name, value);
            return "$" + name;
        }
    }
}
