package org.articlesearch.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;
import org.articlesearch.model.PassageType;

/**
 * Sees every match of the query without a type filter: counts its type, and passes it on to the
 * hit collector (counting its speaker) only when its type is selected. One pass gives the hits and
 * type counts that the type selection does not narrow.
 */
final class FacetingCollector<C extends Collector> implements Collector {
    final C hits;
    private final Set<PassageType> selected;
    private final SpeakerOrdinals speakerOrdinals;
    final long[] typeCounts = new long[PassageType.values().length];
    /** By speaker number in the index view (see {@link SpeakerOrdinals}). */
    final Map<Long, Long> speakerCounts = new HashMap<>();
    long total;

    FacetingCollector(C hits, Set<PassageType> selected, SpeakerOrdinals speakerOrdinals) {
        this.hits = hits;
        this.selected = selected;
        this.speakerOrdinals = speakerOrdinals;
    }

    @Override
    public ScoreMode scoreMode() {
        return hits.scoreMode();
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SegmentLabels labels = SegmentLabels.of(context.reader());
        LongValues inView = speakerOrdinals.inView(context);
        int[] perSpeakerOrd = new int[labels.speakerCount()];
        LeafCollector next = hits.getLeafCollector(context);
        // Not a FilterLeafCollector: the hit collector must not skip documents we still have to count.
        return new LeafCollector() {
            /** The speakers this query met: a large index has hundreds of thousands, a query meets a few. */
            private int[] seen = new int[16];
            private int seenCount;

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                next.setScorer(scorer);
            }

            @Override
            public void collect(int doc) throws IOException {
                PassageType type = labels.type(doc);
                if (type != null) typeCounts[type.ordinal()]++;
                if (!selected.isEmpty() && !selected.contains(type)) return;
                total++;
                int ord = labels.speaker(doc);
                if (ord >= 0) {
                    if (perSpeakerOrd[ord]++ == 0) {
                        if (seenCount == seen.length) seen = Arrays.copyOf(seen, seenCount * 2);
                        seen[seenCount++] = ord;
                    }
                }
                next.collect(doc);
            }

            @Override
            public void finish() throws IOException {
                next.finish();
                for (int i = 0; i < seenCount; i++) {
                    int ord = seen[i];
                    // "Blair" counts under "Tony Blair" when he is the index's only Blair (see SpeakerOrdinals).
                    speakerCounts.merge(speakerOrdinals.merged(inView.get(ord)), (long) perSpeakerOrd[ord], Long::sum);
                }
            }
        };
    }
}
