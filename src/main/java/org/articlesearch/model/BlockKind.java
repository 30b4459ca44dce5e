package org.articlesearch.model;


/** What the source format says a block is; the splitter may still find captions in BODY text. */
public enum BlockKind {
    /** Body prose (a plain-text block, an HTML paragraph). */
    BODY,
    /** A block the source marks as quoted speech (HTML {@code <blockquote>}). */
    QUOTE,
    /** A block the source marks as a media caption (HTML {@code <figcaption>}, image alt text). */
    CAPTION
}
