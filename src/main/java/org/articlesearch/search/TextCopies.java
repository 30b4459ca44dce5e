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

    /** The keys held by two documents or more, sorted. */
    private final long[] repeated;

    private TextCopies(long[] repeated) {
        this.repeated = repeated;
    }

    static TextCopies of(IndexReader reader) throws IOException {
        return BY_VIEW.get(reader);
    }

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
        return new TextCopies(Arrays.copyOf(repeated, r));
    }

    /** Whether another document holds the text keyed {@code key}. */
    boolean hasCopies(long key) {
        return key != 0 && Arrays.binarySearch(repeated, key) >= 0;
    }
}
