package org.articlesearch.model;

import java.util.Locale;

/** How hits are ordered: by relevance (BM25), or by publication date, articles with none last. */
public enum SortOrder {
    RELEVANCE, NEWEST, OLDEST;

    /** The name as the API and the CLI write it: "relevance", "newest", "oldest". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The order called {@code label}, or null when there is none by that name. */
    public static SortOrder fromLabel(String label) {
        for (SortOrder s : values()) {
            if (s.label().equalsIgnoreCase(label.strip())) return s;
        }
        return null;
    }
}
