package org.articlesearch.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.articlesearch.model.PassageType;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SortOrder;
import org.articlesearch.search.DayBound;

/** Reads {@code /api/search} parameters into a request, refusing what does not parse with a reason. */
final class SearchParams {
    /** Longer queries are refused: no one types them, and they cost time to parse. */
    static final int MAX_QUERY_CHARS = 1000;

    private SearchParams() {
    }

    static SearchRequest from(Context ctx) {
        String q = ctx.queryParam("q");
        if (q != null && q.length() > MAX_QUERY_CHARS) {
            throw new BadRequestException("q is too long (" + q.length() + " characters; the limit is " + MAX_QUERY_CHARS + ")");
        }
        int limit = integer(ctx, "limit", SearchRequest.DEFAULT_LIMIT);
        int offset = integer(ctx, "offset", 0);
        LocalDate from = day(ctx.queryParam("from"), "from", false);
        LocalDate to = day(ctx.queryParam("to"), "to", true);
        SortOrder sort = sort(ctx.queryParam("sort"));
        boolean grouped = bool(ctx.queryParam("group"), "group", true);
        try {
            return new SearchRequest(q, types(ctx.queryParams("type")), ctx.queryParam("speaker"),
                    ctx.queryParam("article"), limit, offset, from, to, sort, grouped);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** {@code type} may repeat ({@code type=quote&type=caption}) or hold a comma-separated list. */
    static Set<PassageType> types(List<String> values) {
        Set<PassageType> types = EnumSet.noneOf(PassageType.class);
        List<String> unknown = new ArrayList<>();
        for (String value : values) {
            for (String part : value.split(",")) {
                if (part.isBlank()) continue;
                PassageType t = PassageType.fromLabel(part);
                if (t == null) unknown.add(part.strip());
                else types.add(t);
            }
        }
        if (!unknown.isEmpty()) {
            throw new BadRequestException("unknown type " + unknown + ": use quote, paragraph or caption");
        }
        return types;
    }

    private static LocalDate day(String raw, String name, boolean endOfRange) {
        try {
            return DayBound.parse(raw, name, endOfRange);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static boolean bool(String raw, String name, boolean fallback) {
        if (raw == null || raw.isBlank()) return fallback;
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new BadRequestException(name + " must be true or false");
        };
    }

    static SortOrder sort(String raw) {
        if (raw == null || raw.isBlank()) return SortOrder.RELEVANCE;
        SortOrder sort = SortOrder.fromLabel(raw);
        if (sort == null) {
            String shown = raw.length() > 20 ? raw.substring(0, 20) + "…" : raw;
            throw new BadRequestException("unknown sort \"" + shown + "\": use relevance, newest or oldest");
        }
        return sort;
    }

    private static int integer(Context ctx, String name, int fallback) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return fallback;
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            String shown = raw.length() > 20 ? raw.substring(0, 20) + "…" : raw;
            throw new BadRequestException(name + " must be a whole number, was \"" + shown + "\"");
        }
    }
}
