package org.articlesearch.index;

/**
 * A 64-bit key of a passage's text after normalising case, spaces, quotes and punctuation: the same
 * quote run in two stories ("“We will win,” he said" and "'We will win', he said") has one key, so a
 * result page can show it once. 64 bits, since 2 million passages would share a 32-bit key hundreds
 * of times over (the birthday bound); FNV-1a, since the key needs no more than a fast, well-spread hash.
 */
public final class TextKey {
    private TextKey() {
    }

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    /** The key of {@code text}: its letters and digits, lower-cased, one space between words. */
    public static long of(String text) {
        long h = OFFSET;
        boolean gap = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && any) h = (h ^ ' ') * PRIME;
                gap = false;
                any = true;
                h = (h ^ Character.toLowerCase(c)) * PRIME;
            } else if (c != '\'' && c != '’' && c != '‘') {
                gap = true; // spaces, quotes, dashes, commas: a word break; an apostrophe keeps "it's" one word
            }
        }
        return h;
    }
}
