package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.articlesearch.index.Fields;
import org.articlesearch.model.AlsoIn;

/**
 * One hit per text: documents with the same text (case, spaces, quotes and punctuation aside, see
 * {@link org.articlesearch.index.TextKey}) come back as the best-ranked of them, which says in
 * {@link AlsoIn} where else it appears. News is republished and a quote runs in many stories; a page
 * of ten copies of one quote tells a reader nothing.
 */
public final class Grouping {
    /** How many other articles an {@link AlsoIn} names; the count says how many there are in all. */
    public static final int NAMED_ARTICLES = 10;

    private Grouping() {
    }

    /**
     * The key of each document, read from doc values; 0 for a document written before keys. Read in
     * doc-id order, so each segment's iterator only moves forward.
     */
    static long[] keys(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) order[i] = i;
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> docs[i].doc));
        long[] keys = new long[docs.length];
        LeafReaderContext leaf = null;
        SortedNumericDocValues values = null;
        for (int i : order) {
            int doc = docs[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = DocValues.getSortedNumeric(leaf.reader(), Fields.TEXT_KEY);
            }
            keys[i] = values.advanceExact(doc - leaf.docBase) ? values.nextValue() : 0;
        }
        return keys;
    }

    /** The first of each key in rank order: the indexes into {@code keys} of the groups' best documents. */
    static int[] firstOfEach(long[] keys) {
        Set<Long> seen = new java.util.HashSet<>();
        int[] out = new int[keys.length];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == 0 || seen.add(keys[i])) out[n++] = i;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * For each of {@code keys}, the other articles that hold that text besides {@code articleIds[i]};
     * null where none do: the holders the view keeps for each repeated key ({@link TextCopies}), their
     * articles read from doc values.
     */
    static AlsoIn[] alsoIn(IndexSearcher searcher, long[] keys, String[] articleIds) throws IOException {
        TextCopies copies = TextCopies.of(searcher.getIndexReader());
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        java.util.Map<Long, Set<String>> articlesByKey = new java.util.HashMap<>();
        for (long key : keys) {
            if (articlesByKey.containsKey(key)) continue;
            int[] holders = copies.holders(key);
            if (holders.length == 0) continue;
            Set<String> articles = new java.util.TreeSet<>();
            LeafReaderContext leaf = null;
            SortedDocValues ids = null;
            for (int doc : holders) {
                if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                    leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                    ids = DocValues.getSorted(leaf.reader(), Fields.ARTICLE_ID);
                }
                if (ids.advanceExact(doc - leaf.docBase)) articles.add(ids.lookupOrd(ids.ordValue()).utf8ToString());
            }
            articlesByKey.put(key, articles);
        }
        return alsoIn(articlesByKey, keys, articleIds);
    }

    /** Each hit's other articles, from the articles holding each key. */
    static AlsoIn[] alsoIn(java.util.Map<Long, Set<String>> articlesByKey, long[] keys, String[] articleIds) {
        AlsoIn[] out = new AlsoIn[keys.length];
        for (int i = 0; i < keys.length; i++) {
            Set<String> articles = articlesByKey.get(keys[i]);
            if (articles == null) continue;
            List<String> others = new ArrayList<>(articles);
            others.remove(articleIds[i]);
            if (others.isEmpty()) continue;
            out[i] = new AlsoIn(others.size(), List.copyOf(others.subList(0, Math.min(NAMED_ARTICLES, others.size()))));
        }
        return out;
    }
}
