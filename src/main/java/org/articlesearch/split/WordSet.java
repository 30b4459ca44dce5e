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
    /** This list's place among all lists, in the order they were made: its bit in {@link #classes} masks. */
    private final int index;

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
        index = register(this);
    }

    static WordSet of(String... words) {
        return new WordSet(new LinkedHashSet<>(Arrays.asList(words)));
    }

    /** The words of the list. */
    java.util.List<String> words() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String w : table) if (w != null) out.add(w);
        return out;
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
        long lowerHash = lowerHash(text, start, end, curlyApostrophe);
        if (lowerHash == BEYOND_ASCII) return contains(lowerCase(text, start, end, curlyApostrophe));
        int h = (int) lowerHash;
        for (int i = spread(h) & mask; table[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && isLowerCaseOf(table[i], text, start, end)) return true;
        }
        return false;
    }

    /**
     * Whether a word's mask from {@link #classes()}, its bits for the first 64 lists and for the next 64,
     * puts the word on this list; a list made after the 128th has no bit and is asked directly.
     */
    boolean inClasses(long low, long high) {
        return index < Long.SIZE ? (low & (1L << index)) != 0 : (high & (1L << (index - Long.SIZE))) != 0;
    }

    /** Whether {@link #inClasses} can answer for this list: it is one of the first {@link #MASKED_LISTS} made. */
    boolean hasClassBit() {
        return index < MASKED_LISTS;
    }

    /**
     * How many lists have a bit in the masks: two longs' worth. The splitter makes 89 lists; with one long,
     * the 25 made last (among them the determiners and prepositions asked of every word of a description) were
     * asked directly, 137,000 look-ups of BBC's 1.9 million.
     */
    static final int MASKED_LISTS = 2 * Long.SIZE;

    /** How many lists a snapshot must cover to answer for this one. */
    int classesNeeded() {
        return index + 1;
    }

    // Every list's words in one table, each with a mask of the lists it is on: a capitalized word is
    // looked up in a dozen lists or more (the name rules ask for titles, roles, places, first names, verbs
    // after it), and a token keeps its mask, so after the first look-up each asking is one bit test.

    private static final java.util.List<WordSet> ALL = new java.util.ArrayList<>();
    private static volatile Classes classes = new Classes(new String[1], new long[1], new long[1], 0, 0);
    /** {@code ALL.size()}, read without the lock: {@link #classes()} asks it at every token's first look-up. */
    private static volatile int registered;

    private static synchronized int register(WordSet set) {
        ALL.add(set);
        registered = ALL.size();
        return ALL.size() - 1;
    }

    /** Every list made so far, in the order made: for tests that pin the masks to the lists. */
    static synchronized java.util.List<WordSet> all() {
        return java.util.List.copyOf(ALL);
    }

    /** The table of every list made so far, rebuilt when lists were made since the last one. */
    static Classes classes() {
        Classes c = classes;
        return c.covered == registered ? c : rebuild();
    }

    private static synchronized Classes rebuild() {
        java.util.Map<String, long[]> masks = new java.util.HashMap<>();
        int covered = Math.min(ALL.size(), MASKED_LISTS);
        for (int i = 0; i < covered; i++) {
            for (String w : ALL.get(i).table) {
                // The bit of list i is bit i of a long, the low one's for i < 64, the high one's after.
                if (w != null) masks.computeIfAbsent(w, k -> new long[2])[i / Long.SIZE] |= 1L << i;
            }
        }
        int size = Integer.highestOneBit(Math.max(4, masks.size() * 4) - 1) << 1;
        String[] words = new String[size];
        long[] low = new long[size];
        long[] high = new long[size];
        int longest = 0;
        for (java.util.Map.Entry<String, long[]> e : masks.entrySet()) {
            int i = spread(e.getKey().hashCode()) & (size - 1);
            while (words[i] != null) i = (i + 1) & (size - 1);
            words[i] = e.getKey();
            low[i] = e.getValue()[0];
            high[i] = e.getValue()[1];
            longest = Math.max(longest, e.getKey().length());
        }
        Classes c = new Classes(words, low, high, longest, ALL.size());
        classes = c;
        return c;
    }

    /** Every list's words with their masks; {@code covered}: how many lists had been made when it was built. */
    static final class Classes {
        private final String[] words;
        private final long[] low;
        private final long[] high;
        private final int mask;
        private final int maxLength;
        final int covered;

        private Classes(String[] words, long[] low, long[] high, int maxLength, int covered) {
            this.words = words;
            this.low = low;
            this.high = high;
            this.mask = words.length - 1;
            this.maxLength = maxLength;
            this.covered = covered;
        }

        /**
         * Where the masks of {@code text[start, end)} lower-cased are ({@link #low}, {@link #high}), as {@link
         * #containsLowerCased(String, int, int, boolean)} reads it; -1 when it is on no list.
         */
        int slotOf(String text, int start, int end, boolean curlyApostrophe) {
            if (end - start > maxLength) return -1;
            long lowerHash = lowerHash(text, start, end, curlyApostrophe);
            if (lowerHash == BEYOND_ASCII) return slotOf(lowerCase(text, start, end, curlyApostrophe));
            int h = (int) lowerHash;
            for (int i = spread(h) & mask; words[i] != null; i = (i + 1) & mask) {
                if (words[i].hashCode() == h && isLowerCaseOf(words[i], text, start, end)) return i;
            }
            return -1;
        }

        private int slotOf(String word) {
            if (word.length() > maxLength) return -1;
            for (int i = spread(word.hashCode()) & mask; words[i] != null; i = (i + 1) & mask) {
                if (words[i].equals(word)) return i;
            }
            return -1;
        }

        /** The bits of the first 64 lists for the word at {@code slot} (0 for -1). */
        long low(int slot) {
            return slot < 0 ? 0 : low[slot];
        }

        /** The bits of the next 64 lists for the word at {@code slot} (0 for -1). */
        long high(int slot) {
            return slot < 0 ? 0 : high[slot];
        }
    }

    /**
     * The {@code String.hashCode} of {@code text[start, end)} lower-cased (a ’ as ' with {@code
     * curlyApostrophe}), computed in place; {@link #BEYOND_ASCII} when a character beyond ASCII is in it,
     * which only the JDK lower-cases right.
     */
    private static long lowerHash(String text, int start, int end, boolean curlyApostrophe) {
        int h = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c == '’' && curlyApostrophe) c = '\'';
            if (c >= 128) return BEYOND_ASCII;
            h = 31 * h + lower(c);
        }
        return h;
    }

    private static final long BEYOND_ASCII = Long.MIN_VALUE;

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
