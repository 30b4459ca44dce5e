package org.articlesearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import org.articlesearch.index.Fields;

/**
 * The speakers of one index view numbered across all its segments, in name order. A search counts
 * speakers by these numbers and turns only the ten it shows into names, instead of naming every
 * speaker it met in every segment to add them up. Built at the first search of a view, kept until
 * the view closes.
 */
final class SpeakerOrdinals {
    private static final Map<IndexReader.CacheKey, SpeakerOrdinals> BY_VIEW = new ConcurrentHashMap<>();

    private final List<LeafReaderContext> leaves;
    private final OrdinalMap map;

    private SpeakerOrdinals(List<LeafReaderContext> leaves, OrdinalMap map) {
        this.leaves = leaves;
        this.map = map;
    }

    static SpeakerOrdinals of(IndexReader reader) throws IOException {
        IndexReader.CacheHelper cache = reader.getReaderCacheHelper();
        if (cache == null) return build(reader, null);
        try {
            return BY_VIEW.computeIfAbsent(cache.getKey(), key -> {
                try {
                    SpeakerOrdinals built = build(reader, key);
                    cache.addClosedListener(BY_VIEW::remove);
                    return built;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static SpeakerOrdinals build(IndexReader reader, IndexReader.CacheKey key) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        SortedDocValues[] perLeaf = new SortedDocValues[leaves.size()];
        for (int i = 0; i < perLeaf.length; i++) perLeaf[i] = speakers(leaves.get(i));
        return new SpeakerOrdinals(leaves, OrdinalMap.build(key, perLeaf, PackedInts.DEFAULT));
    }

    static SortedDocValues speakers(LeafReaderContext leaf) throws IOException {
        return DocValues.getSorted(leaf.reader(), Fields.SPEAKER_FACET);
    }

    /** Maps a segment's speaker numbers to this view's. */
    LongValues inView(LeafReaderContext leaf) {
        return map.getGlobalOrds(leaf.ord);
    }

    String name(long speaker) throws IOException {
        SortedDocValues values = speakers(leaves.get(map.getFirstSegmentNumber(speaker)));
        return values.lookupOrd((int) map.getFirstSegmentOrd(speaker)).utf8ToString();
    }
}
