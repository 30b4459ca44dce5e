package org.articlesearch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an index holds: from {@link ArticleSearch#stats()}, as of the last commit the searcher sees;
 * from {@link Rebuild#commit()}, what the new index holds.
 *
 * @param documents all documents
 * @param byType    documents per type label ("quote", "paragraph", "caption"), every label present
 * @param articles  articles with at least one document
 * @param nearCopies articles found, when indexed, to be near copies of another (a story republished
 *                  with a line changed); 0 for an index built before near copies were looked for
 */
public record IndexStats(long documents, Map<String, Long> byType, long articles, long nearCopies) {
    public IndexStats {
        // Keeps the caller's order (quote, paragraph, caption) for display.
        byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
    }

    /** What an index holds, no near copy counted. */
    public IndexStats(long documents, Map<String, Long> byType, long articles) {
        this(documents, byType, articles, 0);
    }
}
