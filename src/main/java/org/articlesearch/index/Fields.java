package org.articlesearch.index;

/** Names of the Lucene fields; one Lucene document per passage. */
public final class Fields {
    /** Passage id, "articleId#n"; stored, indexed as one term. */
    public static final String ID = "id";
    /** The article the passage belongs to; a term for filtering and replacing, doc values for sorting. */
    public static final String ARTICLE_ID = "articleId";
    /** {@code PassageType.label()}; a term for filtering, doc values for counting. */
    public static final String TYPE = "type";
    /** The passage text, analysed, with offsets in the postings so highlighting needs no re-analysis. */
    public static final String TEXT = "text";
    /** The article title, copied on each passage so a title word can find it. */
    public static final String TITLE = "title";
    /** Who said a quote, analysed; absent when unknown. */
    public static final String SPEAKER = "speaker";
    /** The speaker as written, in doc values, for counting speakers. */
    public static final String SPEAKER_FACET = "speakerFacet";
    public static final String PARAGRAPH = "paragraph";
    public static final String START = "start";
    public static final String END = "end";
    /** The passage's position in its article (doc values), for listing in article order. */
    public static final String ORDINAL = "ordinal";
    public static final String URL = "url";
    public static final String PUBLISHED = "published";
    public static final String AUTHOR = "author";
    public static final String SOURCE = "source";

    private Fields() {
    }
}
