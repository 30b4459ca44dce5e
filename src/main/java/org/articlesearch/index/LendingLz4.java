package org.articlesearch.index;

import java.io.IOException;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * {@link CompressionMode#FAST_DECOMPRESSION} (LZ4 with the high-compression match finder: the same bytes
 * on disk), with a decompressor that lends one buffer to every document its reader reads. Lucene's reader
 * hands the decompressor a new, empty {@code BytesRef} per document read for a search, which costs an
 * array as long as the whole chunk (16 KB and more) for each hit: a fifth of what a search allocated
 * (JFR allocation samples, the 1,200 bench queries at 1×). The document is visited before the read
 * returns, and a reader serves one thread at a time, so one buffer per decompressor (per reader clone)
 * is enough.
 *
 * <p>A merge reads whole chunks ({@code offset} 0, {@code length} the chunk's), and one that meets a
 * document larger than two chunks copies slices from a second {@code BytesRef} into the first: both
 * would be the lent buffer. So a whole-chunk read never borrows; {@code LendingLz4Test} fails without
 * that rule (a merge with deletions and huge documents reads back corrupt).
 */
final class LendingLz4 extends CompressionMode {
    static final LendingLz4 INSTANCE = new LendingLz4();
    /** A buffer larger than this (a huge document's chunk) is not kept. */
    static final int MAX_LENT = 256 * 1024;

    @Override
    public Compressor newCompressor() {
        return FAST_DECOMPRESSION.newCompressor();
    }

    @Override
    public Decompressor newDecompressor() {
        return new Lending(FAST_DECOMPRESSION.newDecompressor());
    }

    @Override
    public String toString() {
        return "LendingLz4(" + FAST_DECOMPRESSION + ")";
    }

    private static final class Lending extends Decompressor {
        private final Decompressor lz4;
        private byte[] buffer = BytesRef.EMPTY_BYTES;

        Lending(Decompressor lz4) {
            this.lz4 = lz4;
        }

        @Override
        public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes) throws IOException {
            if (bytes.bytes.length == 0 && !(offset == 0 && length == originalLength) && originalLength + 7 <= MAX_LENT) {
                if (buffer.length < originalLength + 7) buffer = new byte[ArrayUtil.oversize(originalLength + 7, 1)];
                bytes.bytes = buffer;
            }
            lz4.decompress(in, originalLength, offset, length, bytes);
        }

        @Override
        public Decompressor clone() {
            return new Lending(lz4.clone());
        }
    }
}
