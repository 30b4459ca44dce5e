package org.articlesearch.ingest;

/** A span {@code [start, end)} of an article's text that the source format delimits as one block. */
public record Block(int start, int end, BlockKind kind) {
    public Block {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad block span [" + start + ", " + end + ")");
        }
    }
}
