package org.articlesearch.index;

/** Names of the Lucene fields; one Lucene document per passage. */
public final class Fields {
    /** The article the passage belongs to; a term for filtering and replacing, doc values for sorting and showing. */
    public static final String ARTICLE_ID = "articleId";
    /** {@code PassageType.label()}; a term for filtering, doc values for counting and showing. */
    public static final String TYPE = "type";
    /** The passage text, analysed and stored: the only large stored field. */
    public static final String TEXT = "text";
    /**
     * Each pair of neighbouring stems of the text that are both {@link CommonWords} as one term
     * ("said the"), documents only: where a plain-words query's stems stand together, this is the
     * cheap filter in front of the phrase that checks positions (see {@code UserQuery}).
     */
    public static final String WORD_PAIRS = "wordPairs";
    /**
     * The article title, its words indexed on each passage so a title word can find it (without
     * positions: a phrase asks for all its words there), and in doc values to show it.
     */
    public static final String TITLE = "title";
    /** Who said a quote, analysed; absent when unknown. Shown from {@link #SPEAKER_FACET}. */
    public static final String SPEAKER = "speaker";
    /** The speaker as written, in doc values, for counting and showing speakers. */
    public static final String SPEAKER_FACET = "speakerFacet";
    /**
     * Stored, on quotes with a speaker only: the words that name the speaker as written ("he", "the
     * senator") and their character offsets in the article. Absent in indexes written before them.
     */
    public static final String SPEAKER_MENTION = "speakerMention";
    public static final String SPEAKER_START = "speakerStart";
    public static final String SPEAKER_END = "speakerEnd";
    /** Stored: the article block the passage starts in, and its character offsets in the article. */
    public static final String PARAGRAPH = "paragraph";
    public static final String START = "start";
    public static final String END = "end";
    /** The passage's position in its article (doc values), for listing in article order. */
    public static final String ORDINAL = "ordinal";
    /** Article metadata, in doc values when the source gave it. */
    public static final String URL = "url";
    public static final String PUBLISHED = "published";
    /**
     * The publication day as days since 1970-01-01, when the source gave one that could be read: a
     * point for the date filters and doc values for sorting by date.
     */
    public static final String PUBLISHED_DAY = "publishedDay";
    /** A key of the passage's normalised text (see {@link TextKey}), point and doc values: finds its copies. */
    public static final String TEXT_KEY = "textKey";
    /**
     * On the first document of an article that is a near copy of another (see {@link NearCopies}):
     * the original's id, a term and doc values. Absent in indexes written before near copies.
     */
    public static final String NEAR_COPY_OF = "nearCopyOf";
    public static final String AUTHOR = "author";
    public static final String SOURCE = "source";

    private Fields() {
    }
}
