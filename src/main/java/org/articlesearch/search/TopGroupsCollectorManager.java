package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.articlesearch.index.Fields;

/**
 * The best {@code groups} texts by relevance in one pass: the best document of each text key (see
 * {@link Grouping}), in the order of that document (score, then doc id, as Lucene ranks). The same
 * answer as the top documents cut to the first of each key, but without guessing how many documents
 * a page of distinct texts needs: that guess read the top 30, then 120, then 480... documents, each
 * a whole new search, when a text had many copies. On the 10× corpus (every text ten times) "on the"
 * took 77 ms grouped and 42 ms ungrouped; a collected document's key is read only when it would
 * enter the page, so the rest cost one comparison. {@code TopGroupsTest} pins it to the cut top
 * documents.
 */
final class TopGroupsCollectorManager implements CollectorManager<TopGroupsCollectorManager.GroupsCollector, TopDocs> {
    /** Worst first: lower score, then the later document, as Lucene breaks ties (the one rule, {@link Group#beatenBy}). */
    private static final Comparator<Group> WORST_FIRST =
            (a, b) -> a.beatenBy(b.score, b.doc) ? -1 : b.beatenBy(a.score, a.doc) ? 1 : 0;

    private final int groups;

    TopGroupsCollectorManager(int groups) {
        this.groups = Math.max(1, groups);
    }

    /** A text's best document so far. Key 0 (a document written before keys) is a group of its own. */
    private static final class Group {
        final long key;
        float score;
        int doc;

        Group(long key, float score, int doc) {
            this.key = key;
            this.score = score;
            this.doc = doc;
        }

        boolean beatenBy(float otherScore, int otherDoc) {
            return otherScore > score || (otherScore == score && otherDoc < doc);
        }
    }

    @Override
    public GroupsCollector newCollector() {
        return new GroupsCollector(groups);
    }

    @Override
    public TopDocs reduce(Collection<GroupsCollector> collectors) {
        if (collectors.size() == 1) return collectors.iterator().next().topDocs();
        GroupsCollector merged = new GroupsCollector(groups);
        for (GroupsCollector c : collectors) {
            for (Group g : c.queue) merged.offer(g.key, g.score, g.doc);
        }
        return merged.topDocs();
    }

    static final class GroupsCollector implements Collector {
        private final int size;
        private final PriorityQueue<Group> queue = new PriorityQueue<>(WORST_FIRST);
        private final Map<Long, Group> byKey = new HashMap<>();

        GroupsCollector(int size) {
            this.size = size;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedNumericDocValues keys = DocValues.getSortedNumeric(context.reader(), Fields.TEXT_KEY);
            int docBase = context.docBase;
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    float score = scorer.score();
                    int global = docBase + doc;
                    // Most documents rank below a full page: no key to read for them.
                    if (queue.size() == size && !queue.peek().beatenBy(score, global)) return;
                    offer(keys.advanceExact(doc) ? keys.nextValue() : 0, score, global);
                }
            };
        }

        /** Takes a document into its text's group when it beats the group's best, or the page's worst. */
        void offer(long key, float score, int doc) {
            Group known = key == 0 ? null : byKey.get(key);
            if (known != null) {
                if (!known.beatenBy(score, doc)) return;
                queue.remove(known);
                known.score = score;
                known.doc = doc;
                queue.add(known);
                return;
            }
            if (queue.size() == size && !queue.peek().beatenBy(score, doc)) return;
            Group g = new Group(key, score, doc);
            queue.add(g);
            if (key != 0) byKey.put(key, g);
            if (queue.size() > size) {
                Group out = queue.poll();
                if (out.key != 0) byKey.remove(out.key);
            }
        }

        TopDocs topDocs() {
            List<Group> best = new ArrayList<>(queue);
            best.sort(WORST_FIRST.reversed());
            ScoreDoc[] docs = new ScoreDoc[best.size()];
            for (int i = 0; i < docs.length; i++) docs[i] = new ScoreDoc(best.get(i).doc, best.get(i).score);
            return new TopDocs(new TotalHits(docs.length, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), docs);
        }
    }
}
