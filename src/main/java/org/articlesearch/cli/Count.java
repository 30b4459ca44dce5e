package org.articlesearch.cli;

import java.util.Locale;

/** A count as a user reads it, the noun agreeing: "1 article", "2,226 articles", "0 results". */
final class Count {
    private Count() {
    }

    /** {@code Count.of(1, "article")} is "1 article"; {@code Count.of(19_463, "document")} is "19,463 documents". */
    static String of(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? noun : noun + "s");
    }
}
