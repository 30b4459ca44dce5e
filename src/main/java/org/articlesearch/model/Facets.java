package org.articlesearch.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts shown beside the results.
 *
 * @param type    documents per type label for the query and the other filters, as if no type were
 *                selected, so a user sees what another type would give; always has all three labels
 * @param speaker the ten most frequent speakers among the hits, most frequent first
 */
public record Facets(Map<String, Long> type, Map<String, Long> speaker) {
    public Facets {
        // Insertion order is the display order; keep it, but no one may change the maps.
        type = Collections.unmodifiableMap(new LinkedHashMap<>(type));
        speaker = Collections.unmodifiableMap(new LinkedHashMap<>(speaker));
    }

    /**
     * Counts for every type label, zero ones included, in {@code PassageType} order, from counts
     * indexed by the type's ordinal: the type facet every backend shows.
     */
    public static Map<String, Long> typeCounts(long[] byOrdinal) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (PassageType t : PassageType.values()) out.put(t.label(), byOrdinal[t.ordinal()]);
        return out;
    }
}
