package org.articlesearch.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * The layout of our documents, recorded in every commit: Lucene can read an index written by an
 * older article-search, but its fields would not mean what this version's searches expect.
 */
public final class IndexFormat {
    private static final String KEY = "article-search.format";
    /**
     * 2: one term for a word that is its own stem, no offsets, labels in doc values. The stored
     * speaker mention of quotes came later without a new format: it is optional, so an index
     * without it reads as quotes with no mention, and an older reader ignores it.
     * 3: the publication day as a point and doc values, for the date filters and sorts: in an older
     * index every article would look undated, so a sort by date or a date filter would quietly be wrong;
     * and a key of each passage's normalised text, which groups copies of one text in a result.
     * 4: the pairs of neighbouring common words ({@link Fields#WORD_PAIRS}), which a plain-words
     * search now requires of a passage before it gives the passage its bonus for the words standing
     * together: in an older index no passage would get the bonus.
     * 5: the pairs with their frequency in each passage, which scores the bonus of two common words
     * without reading positions: in a format-4 index every pair would count once, and the bonus be
     * too small wherever the words stand together twice or more.
     */
    private static final String CURRENT = "5";

    private IndexFormat() {
    }

    /** Records the current format in each commit of {@code writer}. */
    static void mark(IndexWriter writer) {
        writer.setLiveCommitData(Map.of(KEY, CURRENT).entrySet());
    }

    /**
     * Checks that the index in {@code dir}, if there is one, has this version's format.
     *
     * @throws OutdatedIndexException when it was written by an earlier version
     */
    public static void check(Directory dir, String name) throws IOException {
        if (!DirectoryReader.indexExists(dir)) return;
        String found = SegmentInfos.readLatestCommit(dir).getUserData().get(KEY);
        if (!CURRENT.equals(found)) throw new OutdatedIndexException(name);
    }

    /** The index was written by an earlier version of article-search and must be rebuilt. */
    public static final class OutdatedIndexException extends IOException {
        OutdatedIndexException(String name) {
            super("the index in " + name + " was built by an earlier version of article-search: rebuild it with"
                    + " `article-search index --input ARTICLES --index " + name + "` (or delete the folder)");
        }
    }
}
