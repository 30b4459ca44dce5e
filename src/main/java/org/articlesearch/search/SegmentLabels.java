package org.articlesearch.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.articlesearch.index.Fields;
import org.articlesearch.model.PassageType;

/**
 * Each document's type and speaker in one segment, in plain arrays: what the facets read for every
 * match. A common word matches a quarter of a large index, and reading the two labels from doc values
 * for each match (a dense and a sparse lookup through the mapped file) was a third of such a search
 * (JFR, 100× the BBC corpus, BENCHMARKS.md); from arrays it is two loads. Five bytes a document (10 MB
 * for the 1.9 million of 100×), built by one pass over the doc values at a segment's first search and
 * kept while the segment lives: labels never change within a segment, so views share them.
 */
final class SegmentLabels {
    private static final PassageType[] TYPES = PassageType.values();
    private static final ViewCache<SegmentLabels> BY_SEGMENT = ViewCache.perSegment((reader, key) -> build((LeafReader) reader));

    /** {@link PassageType#ordinal()} + 1 by document; 0 for a document without a type. */
    private final byte[] types;
    /** The segment's number of each document's speaker ({@link Fields#SPEAKER_FACET}); -1 for none. */
    private final int[] speakers;

    /** How many different speakers the segment has. */
    private final int speakerCount;

    private SegmentLabels(byte[] types, int[] speakers, int speakerCount) {
        this.types = types;
        this.speakers = speakers;
        this.speakerCount = speakerCount;
    }

    /** How many different speakers the segment has: its speaker numbers are below this. */
    int speakerCount() {
        return speakerCount;
    }

    /** Segments whose labels are kept now: none once every reader of them has closed. */
    static int segmentsKept() {
        return BY_SEGMENT.size();
    }

    /** The type of {@code doc}, or null. */
    PassageType type(int doc) {
        int t = types[doc];
        return t == 0 ? null : TYPES[t - 1];
    }

    /** The segment's number of the speaker of {@code doc}, or -1 when it has none. */
    int speaker(int doc) {
        return speakers[doc];
    }

    static SegmentLabels of(LeafReader segment) throws IOException {
        return BY_SEGMENT.get(segment);
    }

    private static SegmentLabels build(LeafReader segment) throws IOException {
        int maxDoc = segment.maxDoc();
        byte[] types = new byte[maxDoc];
        SortedDocValues typeValues = DocValues.getSorted(segment, Fields.TYPE);
        byte[] typeOfOrd = new byte[typeValues.getValueCount()];
        for (int ord = 0; ord < typeOfOrd.length; ord++) {
            PassageType t = PassageType.fromLabel(typeValues.lookupOrd(ord).utf8ToString());
            typeOfOrd[ord] = (byte) (t == null ? 0 : t.ordinal() + 1);
        }
        for (int doc = typeValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = typeValues.nextDoc()) {
            types[doc] = typeOfOrd[typeValues.ordValue()];
        }
        int[] speakers = new int[maxDoc];
        Arrays.fill(speakers, -1);
        SortedDocValues speakerValues = DocValues.getSorted(segment, Fields.SPEAKER_FACET);
        for (int doc = speakerValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = speakerValues.nextDoc()) {
            speakers[doc] = speakerValues.ordValue();
        }
        return new SegmentLabels(types, speakers, speakerValues.getValueCount());
    }
}
