package org.articlesearch.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.articlesearch.index.Fields;

/**
 * The text keys that more than one document of an index view holds, so that a result page looks up
 * where else a hit appears only for the hits that appear elsewhere at all: most texts are unique, and
 * the search that finds a text's copies was a fifth of a grouped search when it ran for every hit.
 * Built at the first grouped search of a view (every key read once, sorted, the repeated ones kept),
 * kept until the view closes.
 */
final class TextCopies {
    private static final ViewCache<TextCopies> BY_VIEW = new ViewCache<>((reader, key) -> build(reader));
    private static final int[] NONE = new int[0];

    /** The keys held by two documents or more, sorted. */
    private final long[] repeated;
    /** The holders of {@code repeated[i]} are {@code docs[from[i]]} to {@code docs[from[i + 1] - 1]}. */
    private final int[] from;
    /** The live documents holding a repeated key, by key, each key's in doc-id order (ids of the view). */
    private final int[] docs;

    private TextCopies(long[] repeated, int[] from, int[] docs) {
        this.repeated = repeated;
        this.from = from;
        this.docs = docs;
    }

    static TextCopies of(IndexReader reader) throws IOException {
        return BY_VIEW.get(reader);
    }

    /**
     * Every key read once and sorted to find the repeated ones, then read again to list their
     * holders. A page's copies were found with a set query over the key points, a twentieth of a
     * search's CPU on the 1× bench corpus; the holders are kept instead, 4 bytes a copy (7.8 MB at
     * 100×, where every text has 99 copies; a few kilobytes for real news).
     */
    private static TextCopies build(IndexReader reader) throws IOException {
        long[] keys = new long[Math.max(16, reader.maxDoc())];
        int n = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), Fields.TEXT_KEY);
            var live = leaf.reader().getLiveDocs();
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live == null || live.get(doc)) keys[n++] = values.nextValue();
            }
        }
        Arrays.sort(keys, 0, n);
        long[] repeated = new long[16];
        int r = 0;
        for (int i = 1; i < n; i++) {
            if (keys[i] == keys[i - 1] && (r == 0 || repeated[r - 1] != keys[i])) {
                if (r == repeated.length) repeated = Arrays.copyOf(repeated, r * 2);
                repeated[r++] = keys[i];
            }
        }
        repeated = Arrays.copyOf(repeated, r);
        if (r == 0) return new TextCopies(repeated, new int[1], NONE);

        // Holders in doc-id order, with the slot of their key; then grouped by slot, stably.
        int[] slots = new int[n];
        int[] holders = new int[n];
        int h = 0;
        int[] from = new int[r + 1];
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), Fields.TEXT_KEY);
            var live = leaf.reader().getLiveDocs();
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live != null && !live.get(doc)) continue;
                int slot = Arrays.binarySearch(repeated, values.nextValue());
                if (slot < 0) continue;
                slots[h] = slot;
                holders[h++] = leaf.docBase + doc;
                from[slot + 1]++;
            }
        }
        for (int i = 0; i < r; i++) from[i + 1] += from[i];
        int[] docs = new int[h];
        int[] next = Arrays.copyOf(from, r);
        for (int i = 0; i < h; i++) docs[next[slots[i]]++] = holders[i];
        return new TextCopies(repeated, from, docs);
    }

    /** Whether another document holds the text keyed {@code key}. */
    boolean hasCopies(long key) {
        return key != 0 && Arrays.binarySearch(repeated, key) >= 0;
    }

    /** The live documents holding the text keyed {@code key}, in doc-id order; empty when it has no copies. */
    int[] holders(long key) {
        int slot = key == 0 ? -1 : Arrays.binarySearch(repeated, key);
        return slot < 0 ? NONE : Arrays.copyOfRange(docs, from[slot], from[slot + 1]);
    }
}
