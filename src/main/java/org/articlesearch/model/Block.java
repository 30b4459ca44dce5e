package org.articlesearch.model;


/**
 * A span {@code [start, end)} of an article's text that the source format delimits as one block.
 *
 * @param speaker who the source credits a {@link BlockKind#QUOTE} block to (an HTML {@code <cite>}), or null
 */
public record Block(int start, int end, BlockKind kind, String speaker) {
    public Block {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad block span [" + start + ", " + end + ")");
        }
    }

    /** A block the source credits to nobody. */
    public Block(int start, int end, BlockKind kind) {
        this(start, end, kind, null);
    }
}
