package org.articlesearch.split;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A fixed list of lower-case words. Besides plain look-ups it answers whether a word, lower-cased,
 * is on the list without lower-casing it: the rules ask that of nearly every capitalized word, and
 * the copies {@code toLowerCase} made (and then hashed) were a tenth of splitting. Repeats in a list
 * are harmless: lists read better with a repeat now and then than with a crash at start-up.
 */
final class WordSet {
    /** Open addressing: a power of two in size, at most a quarter full. */
    private final String[] table;
    /**
     * The hash code of each word in the table: a slot whose hash differs is passed over without
     * reading the word, which is most slots a look-up meets.
     */
    private final int[] hashes;
    private final int mask;
    private final int maxLength;

    private WordSet(Set<String> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
        table = new String[size];
        hashes = new int[size];
        mask = size - 1;
        int longest = 0;
        for (String w : words) {
            int i = spread(w.hashCode()) & mask;
            while (table[i] != null) i = (i + 1) & mask;
            table[i] = w;
            hashes[i] = w.hashCode();
            longest = Math.max(longest, w.length());
        }
        maxLength = longest;
    }

    static WordSet of(String... words) {
        return new WordSet(new LinkedHashSet<>(Arrays.asList(words)));
    }

    /** Whether {@code word} is on the list as it is. */
    boolean contains(String word) {
        if (word.length() > maxLength) return false;
        int h = word.hashCode();
        for (int i = spread(h) & mask; table[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && table[i].equals(word)) return true;
        }
        return false;
    }

    /** Whether {@code word.toLowerCase(Locale.ROOT)} is on the list. */
    boolean containsLowerCased(String word) {
        return containsLowerCased(word, 0, word.length(), false);
    }

    /**
     * Whether {@code text[start, end)}, lower-cased, is on the list; with {@code curlyApostrophe},
     * a ’ in it as a straight apostrophe (as {@link Token#key()} writes it). Cuts nothing out of
     * the text unless it holds a character beyond ASCII.
     */
    boolean containsLowerCased(String text, int start, int end, boolean curlyApostrophe) {
        // Lower-casing never shortens a word, so a longer one cannot be on the list.
        if (end - start > maxLength) return false;
        int h = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c == '’' && curlyApostrophe) c = '\'';
            // Only ASCII lower-cases letter by letter as below; anything else the JDK's way.
            if (c >= 128) return contains(lowerCase(text, start, end, curlyApostrophe));
            h = 31 * h + lower(c);
        }
        for (int i = spread(h) & mask; table[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && isLowerCaseOf(table[i], text, start, end)) return true;
        }
        return false;
    }

    private static String lowerCase(String text, int start, int end, boolean curlyApostrophe) {
        String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        return curlyApostrophe ? lower.replace('’', '\'') : lower;
    }

    /** Whether {@code lower} is {@code text[start, end)} lower-cased, an ASCII stretch but maybe for ’ (read as '). */
    private static boolean isLowerCaseOf(String lower, String text, int start, int end) {
        if (lower.length() != end - start) return false;
        for (int k = 0; k < lower.length(); k++) {
            char c = text.charAt(start + k);
            if (lower.charAt(k) != (c == '’' ? '\'' : lower(c))) return false;
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Mixes the high bits of String.hashCode into the low ones the table uses. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
