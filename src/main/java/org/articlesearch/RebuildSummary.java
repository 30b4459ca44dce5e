package org.articlesearch;

import java.util.List;
import org.articlesearch.model.SkippedInput;

/**
 * What a rebuild from files did.
 *
 * @param stats    what the new index holds, or null when nothing was built (no file found or none
 *                 readable): the previous index is then untouched
 * @param files    article files found
 * @param skipped  inputs that could not be read, each with the reason
 * @param seconds  from the start to the commit
 */
public record RebuildSummary(IndexStats stats, int files, List<SkippedInput> skipped, double seconds) {
    public RebuildSummary {
        skipped = List.copyOf(skipped);
    }

    /** True when the new index replaced the old one. */
    public boolean built() {
        return stats != null;
    }
}
