package org.articlesearch.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.articlesearch.model.Passage;

/**
 * Articles republished with small changes (a corrected line, a new headline, a paragraph cut), found
 * while indexing, so that the passages they share come back as one hit even where a word differs.
 * Exact copies of a passage already share a {@link TextKey}; a near copy of an article gives each of
 * its passages that is nearly the same as one of the original's (same type, nearly the same words)
 * the original passage's key, so everything that groups by key (a result page, {@code alsoIn}, Solr's
 * grouping) groups them too, at no cost to a search.
 *
 * <p>Two sketches, both one-permutation MinHash (Li, Owen and Zhang, 2012: each item hashed once,
 * the hash's top bits choosing a bucket that keeps its minimum), so sketching an article costs one
 * hash per word rather than one per word and bucket:
 * <ul>
 * <li>an article's sketch: 32 buckets of its 3-word shingles, over its passages in order. Two
 * articles are near copies when at least {@value #SAME_ARTICLE} of the buckets either fills agree,
 * an estimate of the shingles' Jaccard similarity: one changed line in a 300-word story keeps
 * about 0.86, two stories on one subject share almost no 3-word shingle. Candidates are found by
 * locality-sensitive hashing: 16 bands of 2 buckets, any band in common;</li>
 * <li>a passage's sketch: 16 buckets of its words (7 bits of each minimum) and its length in words.
 * Two passages of a near copy are the same passage when their lengths differ by at most a fifth and
 * at least {@value #SAME_PASSAGE} of the buckets either fills agree: "We will win this election" and
 * "We will win the election", a typo corrected, a clause added. A paragraph merged into the next is
 * not the same as either (on BBC News, one of those was taken for its first half with 8 buckets and
 * no length).</li>
 * </ul>
 * The first article of a family to be indexed is its original; the others name it. Only originals
 * are compared with (in memory during a rebuild; for a later addition, those in the index that hold
 * one of its passages word for word, sketched again from their texts), so a family has one
 * original even when its copies differ from each other more than from it.
 */
public final class NearCopies {
    static final int BUCKETS = 32;
    private static final int BUCKET_SHIFT = 64 - 5;
    private static final int ROWS = 2;
    static final int BANDS = BUCKETS / ROWS;
    /** Fewer shingles than this and a sketch says too little: short articles are left to exact keys. */
    private static final int MIN_SHINGLES = 12;
    static final double SAME_ARTICLE = 0.5;
    private static final int PASSAGE_BUCKETS = 16;
    private static final double SAME_LENGTH = 0.8;
    static final double SAME_PASSAGE = 0.75;
    private static final int EMPTY = -1;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** For each ASCII character, itself lower-cased when it is a letter or digit, else 0. */
    private static final char[] ASCII_FOLDED = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_FOLDED[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
        }
    }

    private NearCopies() {
    }

    /**
     * What is compared of one article: its shingle sketch (null when too short to tell), and for each
     * passage its type, text key and word sketch.
     */
    public record Sketch(int[] shingles, byte[] types, long[] keys, long[] words, int[] lengths) {
        /** The keys its documents get when it is no near copy. */
        public long[] ownKeys() {
            return keys.clone();
        }
    }

    /**
     * How one article is indexed: {@code originalId} the article it is a near copy of (null when
     * none), {@code keys} each passage's text key, some taken from the original.
     */
    public record Verdict(String originalId, long[] keys) {
        public boolean isCopy() {
            return originalId != null;
        }
    }

    /** The verdict for an article not compared with any: each passage keyed by its own text, no sketch needed. */
    public static Verdict unjudged(List<Passage> passages) {
        long[] keys = new long[passages.size()];
        for (int i = 0; i < keys.length; i++) keys[i] = TextKey.of(passages.get(i).text());
        return new Verdict(null, keys);
    }

    /** An article remembered as an original: its id and sketch. */
    record Original(String articleId, Sketch sketch) {
    }

    /** The sketch of an article's passages, in article order. */
    public static Sketch sketch(List<Passage> passages) {
        int n = passages.size();
        byte[] types = new byte[n];
        long[] keys = new long[n];
        long[] words = new long[2 * n];
        int[] lengths = new int[n];
        int[] shingles = new int[BUCKETS];
        Arrays.fill(shingles, EMPTY);
        long w1 = 0;
        long w2 = 0;
        int seen = 0;
        int shingleCount = 0;
        for (int i = 0; i < n; i++) {
            Passage p = passages.get(i);
            String text = p.text();
            types[i] = (byte) p.type().ordinal();
            int[] wordMins = new int[PASSAGE_BUCKETS];
            Arrays.fill(wordMins, EMPTY);
            // One pass for the text key and the words, read as TextKey reads them (letters and digits,
            // lower-cased; an apostrophe inside a word keeps it one): two passes cost 40% more.
            long key = FNV_OFFSET;
            long h = 0;
            boolean inWord = false;
            for (int c = 0; c <= text.length(); c++) {
                char ch = c < text.length() ? text.charAt(c) : ' ';
                char folded = ch < 128 ? ASCII_FOLDED[ch] : Character.isLetterOrDigit(ch) ? Character.toLowerCase(ch) : 0;
                if (folded != 0) {
                    if (!inWord) {
                        if (lengths[i] > 0) key = (key ^ ' ') * FNV_PRIME;
                        h = FNV_OFFSET;
                        inWord = true;
                    }
                    key = (key ^ folded) * FNV_PRIME;
                    h = (h ^ folded) * FNV_PRIME;
                } else if (inWord && !(ch == '\'' || ch == '’' || ch == '‘')) {
                    inWord = false;
                    long word = mix(h);
                    keepMin(wordMins, (int) (word >>> 60), (int) word & 0x7fffffff);
                    lengths[i]++;
                    if (++seen >= 3) {
                        long shingle = mix(w1 ^ Long.rotateLeft(w2, 21) ^ Long.rotateLeft(word, 42));
                        keepMin(shingles, (int) (shingle >>> BUCKET_SHIFT), (int) shingle & 0x7fffffff);
                        shingleCount++;
                    }
                    w1 = w2;
                    w2 = word;
                }
            }
            keys[i] = key;
            words[2 * i] = pack(wordMins, 0);
            words[2 * i + 1] = pack(wordMins, 8);
        }
        return new Sketch(shingleCount >= MIN_SHINGLES ? shingles : null, types, keys, words, lengths);
    }

    private static void keepMin(int[] mins, int bucket, int value) {
        if (mins[bucket] == EMPTY || value < mins[bucket]) mins[bucket] = value;
    }

    /** Eight word buckets from {@code from} in a long: 0 for an empty one, else 0x80 and 7 bits of its minimum. */
    private static long pack(int[] mins, int from) {
        long packed = 0;
        for (int b = 0; b < 8; b++) {
            long v = mins[from + b] == EMPTY ? 0 : 0x80 | (mins[from + b] & 0x7f);
            packed |= v << (8 * b);
        }
        return packed;
    }

    /** MurmurHash3's 64-bit finaliser: FNV's low bits are poorly spread, and the buckets need every bit. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** The share of the buckets either article fills in which both hold the same minimum. */
    static double similarity(int[] a, int[] b) {
        int either = 0;
        int same = 0;
        for (int i = 0; i < BUCKETS; i++) {
            if (a[i] == EMPTY && b[i] == EMPTY) continue;
            either++;
            if (a[i] == b[i]) same++;
        }
        return either == 0 ? 0 : (double) same / either;
    }

    /** The same for passage {@code i} of {@code a} and {@code j} of {@code b}; 0 when their lengths differ too much. */
    static double passageSimilarity(Sketch a, int i, Sketch b, int j) {
        int la = a.lengths()[i];
        int lb = b.lengths()[j];
        if (Math.min(la, lb) < SAME_LENGTH * Math.max(la, lb)) return 0;
        int either = 0;
        int same = 0;
        for (int half = 0; half < 2; half++) {
            long x = a.words()[2 * i + half];
            long y = b.words()[2 * j + half];
            for (int k = 0; k < 8; k++) {
                long u = (x >>> (8 * k)) & 0xff;
                long v = (y >>> (8 * k)) & 0xff;
                if (u == 0 && v == 0) continue;
                either++;
                if (u == v) same++;
            }
        }
        return either == 0 ? 0 : (double) same / either;
    }

    /** The bands of a shingle sketch: a band with an empty bucket is left out (0). */
    static long[] bands(int[] shingles) {
        long[] bands = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long h = band;
            boolean full = true;
            for (int r = 0; r < ROWS; r++) {
                int v = shingles[band * ROWS + r];
                if (v == EMPTY) full = false;
                h = h * 0x9e3779b97f4a7c15L + v;
            }
            bands[band] = full ? mix(h) | 1 : 0;
        }
        return bands;
    }

    /**
     * The verdict for {@code sketch} against the originals that share a band with it: a near copy of
     * the most similar one (the smaller id on a tie), or none.
     */
    static Verdict judge(Sketch sketch, Iterable<Original> candidates) {
        Original best = null;
        double bestSimilarity = 0;
        if (sketch.shingles() != null) {
            for (Original o : candidates) {
                if (o.sketch().shingles() == null) continue;
                double s = similarity(sketch.shingles(), o.sketch().shingles());
                if (s < SAME_ARTICLE) continue;
                if (best == null || s > bestSimilarity
                        || (s == bestSimilarity && o.articleId().compareTo(best.articleId()) < 0)) {
                    best = o;
                    bestSimilarity = s;
                }
            }
        }
        if (best == null) return new Verdict(null, sketch.ownKeys());
        return new Verdict(best.articleId(), keysAgainst(sketch, best.sketch()));
    }

    /**
     * Each passage's key: its own when the original holds the same text or nothing like it, else the
     * key of the original's most similar passage of the same type.
     */
    static long[] keysAgainst(Sketch copy, Sketch original) {
        long[] keys = copy.ownKeys();
        long[] sorted = original.keys().clone();
        Arrays.sort(sorted);
        for (int i = 0; i < keys.length; i++) {
            if (Arrays.binarySearch(sorted, keys[i]) >= 0) continue;
            int match = -1;
            double matchSimilarity = 0;
            for (int j = 0; j < original.keys().length; j++) {
                if (original.types()[j] != copy.types()[i]) continue;
                double s = passageSimilarity(copy, i, original, j);
                if (s >= SAME_PASSAGE && s > matchSimilarity) {
                    match = j;
                    matchSimilarity = s;
                }
            }
            if (match >= 0) keys[i] = original.keys()[match];
        }
        return keys;
    }

    /**
     * The originals of one rebuild (or of one writer's additions), in memory. Each costs about 1.5 KB
     * (its sketch, 29 bytes a passage, its sixteen bands in a table of primitives; up to twice the
     * bands' share before forgotten ones are swept out), so at most {@code capacity} are kept, the
     * oldest forgotten first: a story's copies are usually indexed near it, and the default 50,000
     * originals of ten passages each took 72 MB of heap, and 106 MB after 300,000 had come (the oldest
     * forgotten, the bands of forgotten ones not yet swept out). Thread-safe.
     */
    public static final class Registry {
        /** How many originals a registry keeps by default. */
        public static final int DEFAULT_CAPACITY = 50_000;

        private final int capacity;
        /** The originals by their number, modulo the capacity: a newer one takes an older one's place. */
        private final Original[] ring;
        private final Map<String, Integer> byId = new HashMap<>();
        /** How many originals were ever added: the next one's number. */
        private int added;
        // Band -> chain of originals' numbers: an open-addressing table of chain heads, and the chains.
        private long[] bandKeys = new long[1024];
        private int[] heads = new int[1024];
        private int used;
        private int[] next = new int[1024];
        private int[] number = new int[1024];
        private int entries;
        private long copies;

        public Registry() {
            this(DEFAULT_CAPACITY);
        }

        public Registry(int capacity) {
            this.capacity = capacity;
            this.ring = new Original[capacity];
            java.util.Arrays.fill(heads, -1);
        }

        /**
         * Whether {@code articleId} is a near copy of an original seen before; when it is not, it
         * becomes one.
         */
        public Verdict judge(String articleId, Sketch sketch) {
            return judge(articleId, sketch, List.of());
        }

        /**
         * The same, comparing it also with {@code elsewhere}: originals found another way (in the
         * index, for an article added to it).
         */
        public synchronized Verdict judge(String articleId, Sketch sketch, List<Original> elsewhere) {
            if (sketch.shingles() == null) return new Verdict(null, sketch.ownKeys());
            forget(articleId); // replaced: its old text is no original any more
            long[] bands = bands(sketch.shingles());
            Set<Original> candidates = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (long band : bands) {
                if (band == 0) continue;
                for (int e = head(band); e >= 0; e = next[e]) {
                    Original o = live(number[e]);
                    if (o != null) candidates.add(o);
                }
            }
            for (Original o : elsewhere) {
                if (!byId.containsKey(o.articleId()) && !o.articleId().equals(articleId)) candidates.add(o);
            }
            Verdict v = NearCopies.judge(sketch, candidates);
            if (v.isCopy()) {
                copies++;
                return v;
            }
            remember(new Original(articleId, sketch), bands);
            return v;
        }

        /** Forgets an original that was deleted or replaced; its copies keep naming it. */
        public synchronized void forget(String articleId) {
            Integer n = byId.remove(articleId);
            if (n != null) ring[n % capacity] = null;
        }

        /** How many articles were judged near copies. */
        public synchronized long copies() {
            return copies;
        }

        /** How many originals are remembered. */
        synchronized int size() {
            return byId.size();
        }

        private Original live(int n) {
            if (n < added - capacity) return null; // its place was taken by a newer one
            return ring[n % capacity];
        }

        private void remember(Original o, long[] bands) {
            int n = added++;
            Original old = ring[n % capacity];
            if (old != null) byId.remove(old.articleId());
            ring[n % capacity] = o;
            byId.put(o.articleId(), n);
            // Chains keep the numbers of forgotten originals; once they are most of the table, start it again.
            if (entries >= 2 * BANDS * capacity) compact();
            for (long band : bands) {
                if (band != 0) link(band, n);
            }
        }

        private void compact() {
            bandKeys = new long[1024];
            heads = new int[1024];
            java.util.Arrays.fill(heads, -1);
            used = 0;
            entries = 0;
            for (int n = Math.max(0, added - capacity); n < added; n++) {
                Original o = ring[n % capacity];
                if (o == null || !byId.containsKey(o.articleId()) || byId.get(o.articleId()) != n) continue;
                for (long band : bands(o.sketch().shingles())) {
                    if (band != 0) link(band, n);
                }
            }
        }

        /** The first entry of {@code band}'s chain, or -1. */
        private int head(long band) {
            int mask = bandKeys.length - 1;
            for (int i = (int) band & mask; heads[i] != -1; i = (i + 1) & mask) {
                if (bandKeys[i] == band) return heads[i];
            }
            return -1;
        }

        private void link(long band, int n) {
            if (entries == next.length) {
                next = java.util.Arrays.copyOf(next, entries * 2);
                number = java.util.Arrays.copyOf(number, entries * 2);
            }
            if (2 * (used + 1) > bandKeys.length) grow();
            int mask = bandKeys.length - 1;
            int i = (int) band & mask;
            while (heads[i] != -1 && bandKeys[i] != band) i = (i + 1) & mask;
            if (heads[i] == -1) {
                bandKeys[i] = band;
                used++;
            }
            number[entries] = n;
            next[entries] = heads[i];
            heads[i] = entries++;
        }

        private void grow() {
            long[] oldKeys = bandKeys;
            int[] oldHeads = heads;
            bandKeys = new long[oldKeys.length * 2];
            heads = new int[oldKeys.length * 2];
            java.util.Arrays.fill(heads, -1);
            int mask = bandKeys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldHeads[j] == -1) continue;
                int i = (int) oldKeys[j] & mask;
                while (heads[i] != -1) i = (i + 1) & mask;
                bandKeys[i] = oldKeys[j];
                heads[i] = oldHeads[j];
            }
        }
    }
}
