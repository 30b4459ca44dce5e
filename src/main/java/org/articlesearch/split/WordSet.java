package org.articlesearch.split;

import java.util.Arrays;
import java.util.Set;

/** Word lists read better with a repeat now and then than with a crash at start-up. */
final class WordSet {
    private WordSet() {
    }

    static Set<String> of(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }
}
