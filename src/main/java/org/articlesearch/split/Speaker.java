package org.articlesearch.split;

/**
 * Who a quote is credited to, and the words of the article that say so: "he" in {@code "…," he said}
 * is the mention, "Tony Blair" (whom it means) the name.
 *
 * @param name  the person or organisation, as shown
 * @param start where the mention starts in the article text
 * @param end   where it ends
 */
record Speaker(String name, int start, int end) {
    /** The speaker {@code name} read from the words of {@code a}; null when there is no name. */
    static Speaker of(String name, Attribution a) {
        return name == null ? null : new Speaker(name, a.start(), a.end());
    }
}
