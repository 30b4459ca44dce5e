package org.articlesearch.model;


/** An input that was not indexed, with the reason a user can act on. */
public record SkippedInput(String source, String reason) {
    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
