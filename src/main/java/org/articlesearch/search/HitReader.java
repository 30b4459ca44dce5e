package org.articlesearch.search;

import java.io.IOException;
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

/**
 * Reads the documents of hits back: the text and position from stored fields, the labels an
 * article's passages share (title, article id) and the short ones (type, speaker) from doc values,
 * where {@link PassageDocuments} keeps them.
 */
final class HitReader {
    private final StoredFields stored;
    private final List<LeafReaderContext> leaves;

    HitReader(IndexSearcher searcher) throws IOException {
        this.stored = searcher.storedFields();
        this.leaves = searcher.getIndexReader().leaves();
    }

    /** What a hit shows, before highlighting. */
    record Passage(int doc, String articleId, String type, String title, String text, String speaker,
                   long ordinal, int paragraph, int start, int end) {
        Hit toHit(String highlight, float score) {
            return new Hit(PassageDocuments.passageId(articleId, ordinal), articleId, type, title, text, highlight,
                    speaker, score, paragraph, start, end);
        }
    }

    Passage read(int doc) throws IOException {
        Document d = stored.document(doc);
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        NumericDocValues ordinals = DocValues.getNumeric(leaf.reader(), Fields.ORDINAL);
        long ordinal = ordinals.advanceExact(local) ? ordinals.longValue() : 0;
        return new Passage(doc, label(leaf, local, Fields.ARTICLE_ID), label(leaf, local, Fields.TYPE),
                label(leaf, local, Fields.TITLE), d.get(Fields.TEXT), label(leaf, local, Fields.SPEAKER_FACET), ordinal,
                intValue(d, Fields.PARAGRAPH), intValue(d, Fields.START), intValue(d, Fields.END));
    }

    /** A fresh iterator each time: hits come in score order, and doc-values iterators only go forward. */
    private static String label(LeafReaderContext leaf, int doc, String field) throws IOException {
        SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
        return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
    }

    private static int intValue(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null ? 0 : f.numericValue().intValue();
    }
}
