package org.articlesearch.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a committed rebuild holds.
 *
 * @param articles  articles that produced at least one document
 * @param documents all documents
 * @param byType    documents per type label ("quote", "paragraph", "caption"), every label present
 * @param nearCopies articles found to be near copies of another (see {@link NearCopies})
 */
public record RebuildStats(long articles, long documents, Map<String, Long> byType, long nearCopies) {
    public RebuildStats {
        // Keeps the caller's order (quote, paragraph, caption) for display.
        byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
    }
}
