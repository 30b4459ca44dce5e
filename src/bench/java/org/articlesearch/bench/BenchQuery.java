package org.articlesearch.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.articlesearch.model.PassageType;
import org.articlesearch.model.SearchRequest;

/**
 * One generated query.
 *
 * @param kind    how it was made: word, phrase2, phrase3, words, name, speaker
 * @param q       the search box text
 * @param type    a type filter, or null
 * @param speaker a speaker filter, or null
 */
public record BenchQuery(String kind, String q, PassageType type, String speaker) {

    /** The request the engine answers, first page of ten. */
    public SearchRequest request() {
        SearchRequest r = SearchRequest.of(q).withSpeaker(speaker);
        return type == null ? r : r.withTypes(type);
    }

    /** The same request as {@code /api/search} parameters. */
    public String urlQuery() {
        StringBuilder s = new StringBuilder("q=").append(encode(q));
        if (type != null) s.append("&type=").append(type.label());
        if (speaker != null) s.append("&speaker=").append(encode(speaker));
        return s.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
