package org.articlesearch.model;

import java.util.Locale;

/** The three kinds of searchable documents an article is split into. */
public enum PassageType {
    QUOTE, PARAGRAPH, CAPTION;

    /** The lower-case name used in JSON, the index and the query filters. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label ("quote", "quotes", "Paragraph"); null when it names no type. */
    public static PassageType fromLabel(String label) {
        if (label == null) return null;
        String l = label.trim().toLowerCase(Locale.ROOT);
        if (l.endsWith("s")) l = l.substring(0, l.length() - 1);
        for (PassageType t : values()) {
            if (t.label().equals(l)) return t;
        }
        return null;
    }
}
