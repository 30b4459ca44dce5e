package org.articlesearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.articlesearch.index.Fields;
import org.articlesearch.index.PassageDocuments;
import org.articlesearch.model.Hit;

/**
 * Reads the documents of hits back: the text, position and speaker mention from stored fields,
 * the labels an article's passages share (title, article id) and the short ones (type, speaker)
 * from doc values, where {@link PassageDocuments} keeps them.
 */
final class HitReader {
    private final List<LeafReaderContext> leaves;

    HitReader(IndexSearcher searcher) {
        this.leaves = searcher.getIndexReader().leaves();
    }

    /** What a hit shows, before highlighting. */
    record Passage(int doc, String articleId, String type, String title, String published, String author, String url,
                   String text, String speaker, String speakerMention, Integer speakerStart, Integer speakerEnd,
                   long ordinal, int paragraph, int start, int end) {
        Hit toHit(String highlight, float score) {
            return new Hit(PassageDocuments.passageId(articleId, ordinal), articleId, type, title, published, author, url,
                    text, highlight, speaker, speakerMention, speakerStart, speakerEnd, score, paragraph, start, end);
        }
    }

    /**
     * The passages of {@code docs}, in the order given. They are read in doc-id order, so each
     * segment's doc-values iterators are made once and only move forward, and a title or speaker
     * block decoded for one hit serves the next hits in it. Stored fields are read with a segment's
     * pooled reader ({@link StoredFieldsPool}), handed back when the segment's hits are read.
     */
    Passage[] read(int[] docs) throws IOException {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
        Passage[] out = new Passage[docs.length];
        Labels labels = null;
        try {
            for (int i : order) {
                int doc = docs[i];
                if (labels == null || doc >= labels.leaf.docBase + labels.leaf.reader().maxDoc()) {
                    Labels done = labels;
                    labels = null; // so that a failing constructor below leaves nothing to hand back twice
                    if (done != null) done.release();
                    labels = new Labels(leaves.get(ReaderUtil.subIndex(doc, leaves)));
                }
                out[i] = labels.passage(doc);
            }
        } finally {
            if (labels != null) labels.release();
        }
        return out;
    }

    /** The doc values of one segment, read forward. */
    private static final class Labels {
        final LeafReaderContext leaf;
        private final SortedDocValues articleIds;
        private final SortedDocValues types;
        private final SortedDocValues titles;
        private final SortedDocValues speakers;
        private final NumericDocValues ordinals;
        private final SortedDocValues authors;
        private final SortedDocValues urls;
        private final NumericDocValues days;
        private final StoredFieldsPool pool;
        private final StoredFields stored;

        Labels(LeafReaderContext leaf) throws IOException {
            this.leaf = leaf;
            articleIds = DocValues.getSorted(leaf.reader(), Fields.ARTICLE_ID);
            types = DocValues.getSorted(leaf.reader(), Fields.TYPE);
            titles = DocValues.getSorted(leaf.reader(), Fields.TITLE);
            speakers = DocValues.getSorted(leaf.reader(), Fields.SPEAKER_FACET);
            ordinals = DocValues.getNumeric(leaf.reader(), Fields.ORDINAL);
            authors = DocValues.getSorted(leaf.reader(), Fields.AUTHOR);
            urls = DocValues.getSorted(leaf.reader(), Fields.URL);
            days = DocValues.getNumeric(leaf.reader(), Fields.PUBLISHED_DAY);
            // Last, so that nothing after the borrowing can fail before the reader is handed back.
            pool = StoredFieldsPool.of(leaf.reader());
            stored = pool.borrow(leaf.reader());
        }

        void release() {
            pool.release(stored);
        }

        Passage passage(int doc) throws IOException {
            int local = doc - leaf.docBase;
            Document d = stored.document(local);
            long ordinal = ordinals.advanceExact(local) ? ordinals.longValue() : 0;
            // Only quotes credited from words of the article store a mention; older indexes have none.
            String mention = d.get(Fields.SPEAKER_MENTION);
            Integer mentionStart = mention == null ? null : integerValue(d, Fields.SPEAKER_START);
            Integer mentionEnd = mention == null ? null : integerValue(d, Fields.SPEAKER_END);
            String published = days.advanceExact(local) ? LocalDate.ofEpochDay(days.longValue()).toString() : null;
            return new Passage(doc, label(articleIds, local), label(types, local), label(titles, local), published,
                    label(authors, local), label(urls, local),
                    d.get(Fields.TEXT), label(speakers, local), mention, mentionStart, mentionEnd, ordinal,
                    intValue(d, Fields.PARAGRAPH), intValue(d, Fields.START), intValue(d, Fields.END));
        }

        private static String label(SortedDocValues values, int doc) throws IOException {
            return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
        }
    }

    private static int intValue(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null ? 0 : f.numericValue().intValue();
    }

    private static Integer integerValue(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null ? null : f.numericValue().intValue();
    }
}
