package org.articlesearch.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a user asks for. Build one with {@code SearchRequest.of("cherry bomb").withTypes(Set.of(QUOTE))}.
 *
 * @param query     the user's words, phrases, exclusions and ORs (see {@link UserQuery}); may be empty
 * @param types     the passage types to return; empty means all
 * @param speaker   only quotes by a speaker whose name contains these words ("Stewart"); null for any
 * @param articleId only documents of this article; null for any
 * @param limit     hits per page, 0 to {@value #MAX_LIMIT} (0 returns only the total and facets)
 * @param offset    hits to skip, 0 to {@value #MAX_OFFSET}
 * @param from      only articles published on this day or later; null for any (undated articles are left out)
 * @param to        only articles published on this day or earlier; null for any (undated articles are left out)
 * @param sort      relevance (null means relevance), or newest or oldest first, undated articles last
 * @param grouped   whether copies of one text (the same quote in many stories) come back as one hit
 *                  with {@link Hit#alsoIn()}; true unless turned off
 */
public record SearchRequest(String query, Set<PassageType> types, String speaker, String articleId,
                            int limit, int offset, LocalDate from, LocalDate to, SortOrder sort, boolean grouped) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;
    /** Deep pages cost memory per request; nobody reads ten thousand results. */
    public static final int MAX_OFFSET = 10_000;

    public SearchRequest {
        query = query == null ? "" : query;
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
        articleId = articleId == null || articleId.isBlank() ? null : articleId.strip();
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT + ", was " + limit);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET + ", was " + offset);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
        sort = sort == null ? SortOrder.RELEVANCE : sort;
    }

    /** A request with no date filter, by relevance, grouped. */
    public SearchRequest(String query, Set<PassageType> types, String speaker, String articleId, int limit, int offset) {
        this(query, types, speaker, articleId, limit, offset, null, null, SortOrder.RELEVANCE, true);
    }

    /** A grouped request. */
    public SearchRequest(String query, Set<PassageType> types, String speaker, String articleId, int limit, int offset,
                         LocalDate from, LocalDate to, SortOrder sort) {
        this(query, types, speaker, articleId, limit, offset, from, to, sort, true);
    }

    /** A request for the first page of {@code query} over all types: {@code SearchRequest.of("\"cherry bomb\"")}. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Set.of(), null, null, DEFAULT_LIMIT, 0, null, null, SortOrder.RELEVANCE, true);
    }

    /** Only these types (none = all): {@code req.withTypes(Set.of(PassageType.QUOTE))}. */
    public SearchRequest withTypes(Set<PassageType> types) {
        return new SearchRequest(query, types, speaker, articleId, limit, offset, from, to, sort, grouped);
    }

    /** Only these types: {@code req.withTypes(PassageType.QUOTE, PassageType.CAPTION)}. */
    public SearchRequest withTypes(PassageType... types) {
        return withTypes(Set.of(types));
    }

    /** Only quotes by this speaker: {@code req.withSpeaker("Kristen Stewart")}; null for any. */
    public SearchRequest withSpeaker(String speaker) {
        return new SearchRequest(query, types, speaker, articleId, limit, offset, from, to, sort, grouped);
    }

    /** Only documents of one article: {@code req.withArticle("runaways-2010")}; null for any. */
    public SearchRequest withArticle(String articleId) {
        return new SearchRequest(query, types, speaker, articleId, limit, offset, from, to, sort, grouped);
    }

    /** Page size: {@code req.withLimit(20)}. */
    public SearchRequest withLimit(int limit) {
        return new SearchRequest(query, types, speaker, articleId, limit, offset, from, to, sort, grouped);
    }

    /** Hits to skip: {@code req.withOffset(20)} for the third page of ten. */
    public SearchRequest withOffset(int offset) {
        return new SearchRequest(query, types, speaker, articleId, limit, offset, from, to, sort, grouped);
    }

    /** Only articles published between two days, both included; null for no bound: {@code req.withDates(LocalDate.of(2016, 1, 1), null)}. */
    public SearchRequest withDates(LocalDate from, LocalDate to) {
        return new SearchRequest(query, types, speaker, articleId, limit, offset, from, to, sort, grouped);
    }

    /** Hits by relevance, or newest or oldest first: {@code req.withSort(SortOrder.NEWEST)}. */
    public SearchRequest withSort(SortOrder sort) {
        return new SearchRequest(query, types, speaker, articleId, limit, offset, from, to, sort, grouped);
    }

    /** Copies of one text as one hit (true, the default), or every copy on its own: {@code req.withGrouping(false)}. */
    public SearchRequest withGrouping(boolean grouped) {
        return new SearchRequest(query, types, speaker, articleId, limit, offset, from, to, sort, grouped);
    }

    /** True when a filter other than the type narrows the search. */
    public boolean hasNonTypeFilter() {
        return speaker != null || articleId != null || from != null || to != null;
    }

    /** True when any filter narrows the search. */
    public boolean hasFilter() {
        return hasNonTypeFilter() || !types.isEmpty();
    }
}
