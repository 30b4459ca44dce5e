package org.articlesearch.server;

/** The one JSON shape of every API error: {@code {"error": "limit must be a number, was \"abc\""}}. */
public record ApiError(String error) {
}
