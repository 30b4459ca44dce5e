package org.articlesearch.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.articlesearch.ingest.Article;
import org.articlesearch.split.Passage;

/** Builds the Lucene documents of one article: one per passage, in article order. */
public final class PassageDocuments {
    /** Stored, analysed, and with offsets in the postings: the highlighter reads them instead of re-analysing. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    /** Doc values hold at most 32766 bytes; a speaker longer than this is a splitting accident, not a name. */
    private static final int MAX_FACET_CHARS = 200;

    private PassageDocuments() {
    }

    private static FieldType textWithOffsets() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /** The documents for {@code passages} of {@code article}; the list position becomes the ordinal. */
    public static List<Document> of(Article article, List<Passage> passages) {
        List<Document> docs = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            docs.add(document(article, passages.get(i), i));
        }
        return docs;
    }

    private static Document document(Article article, Passage p, int ordinal) {
        Document d = new Document();
        d.add(new StringField(Fields.ID, p.id(), Field.Store.YES));
        d.add(new StringField(Fields.ARTICLE_ID, article.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(Fields.ARTICLE_ID, new BytesRef(article.id())));
        String type = p.type().label();
        d.add(new StringField(Fields.TYPE, type, Field.Store.YES));
        d.add(new SortedDocValuesField(Fields.TYPE, new BytesRef(type)));
        d.add(new Field(Fields.TEXT, p.text(), TEXT_WITH_OFFSETS));
        d.add(new TextField(Fields.TITLE, article.title(), Field.Store.YES));
        if (p.speaker() != null && !p.speaker().isBlank()) {
            String speaker = p.speaker().strip();
            d.add(new TextField(Fields.SPEAKER, speaker, Field.Store.YES));
            String facet = speaker.length() > MAX_FACET_CHARS ? speaker.substring(0, MAX_FACET_CHARS) : speaker;
            d.add(new SortedDocValuesField(Fields.SPEAKER_FACET, new BytesRef(facet)));
        }
        d.add(new StoredField(Fields.PARAGRAPH, p.paragraph()));
        d.add(new StoredField(Fields.START, p.start()));
        d.add(new StoredField(Fields.END, p.end()));
        d.add(new NumericDocValuesField(Fields.ORDINAL, ordinal));
        storeIfPresent(d, Fields.URL, article.url());
        storeIfPresent(d, Fields.PUBLISHED, article.published());
        storeIfPresent(d, Fields.AUTHOR, article.author());
        storeIfPresent(d, Fields.SOURCE, article.source());
        return d;
    }

    private static void storeIfPresent(Document d, String field, String value) {
        if (value != null) d.add(new StoredField(field, value));
    }
}
