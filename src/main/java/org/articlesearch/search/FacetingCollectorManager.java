package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.articlesearch.model.Facets;
import org.articlesearch.model.PassageType;

/**
 * Wraps a hit collector manager with facet counting (see {@link FacetingCollector}). Kept apart
 * from the rest of the search so the counting can be optimised on its own.
 */
final class FacetingCollectorManager<C extends Collector, T>
        implements CollectorManager<FacetingCollector<C>, FacetingCollectorManager.Result<T>> {
    static final int TOP_SPEAKERS = 10;

    /** The hits of the selected types, how many there are, and the facets. */
    record Result<T>(T hits, long total, Facets facets) {
    }

    private final CollectorManager<C, T> hits;
    private final Set<PassageType> selected;
    private final SpeakerOrdinals speakerOrdinals;

    FacetingCollectorManager(CollectorManager<C, T> hits, Set<PassageType> selected, SpeakerOrdinals speakerOrdinals) {
        this.hits = hits;
        this.selected = selected;
        this.speakerOrdinals = speakerOrdinals;
    }

    @Override
    public FacetingCollector<C> newCollector() throws IOException {
        return new FacetingCollector<>(hits.newCollector(), selected, speakerOrdinals);
    }

    @Override
    public Result<T> reduce(Collection<FacetingCollector<C>> collectors) throws IOException {
        List<C> inner = new ArrayList<>();
        long[] types = new long[PassageType.values().length];
        Map<Long, Long> speakers = new HashMap<>();
        long total = 0;
        for (FacetingCollector<C> c : collectors) {
            inner.add(c.hits);
            for (int i = 0; i < types.length; i++) types[i] += c.typeCounts[i];
            c.speakerCounts.forEach((k, v) -> speakers.merge(k, v, Long::sum));
            total += c.total;
        }
        return new Result<>(hits.reduce(inner), total, new Facets(typeCounts(types), topSpeakers(speakers, speakerOrdinals)));
    }

    /** Counts for every type label, zero ones included, in the enum's order. */
    static Map<String, Long> typeCounts(long[] counts) {
        return Facets.typeCounts(counts);
    }

    /**
     * Most frequent first, ties by name (speaker numbers follow the names' order). A bounded heap:
     * a common word has thousands of speakers, we show and name ten.
     */
    private static Map<String, Long> topSpeakers(Map<Long, Long> counts, SpeakerOrdinals ordinals) throws IOException {
        Comparator<Map.Entry<Long, Long>> best = Map.Entry.<Long, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey());
        PriorityQueue<Map.Entry<Long, Long>> top = new PriorityQueue<>(TOP_SPEAKERS + 1, best.reversed());
        for (Map.Entry<Long, Long> e : counts.entrySet()) {
            top.add(e);
            if (top.size() > TOP_SPEAKERS) top.poll();
        }
        List<Map.Entry<Long, Long>> sorted = new ArrayList<>(top);
        sorted.sort(best);
        Map<String, Long> out = new LinkedHashMap<>();
        for (Map.Entry<Long, Long> e : sorted) out.put(ordinals.name(e.getKey()), e.getValue());
        return out;
    }
}
