package org.articlesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.articlesearch.model.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilding from files is a library call: what `index` does, without the CLI. */
class RebuildFromFilesTest {
    @TempDir
    Path dir;

    @Test
    void filesAreReadOnSeveralThreadsTheBrokenOnesListedWithTheirReasonAndProgressReported() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Library opens\n\n\"We open in spring,\" said Mayor Jane Doe.");
        Files.writeString(in.resolve("b.txt"), "Pool closes\n\n\"We close in autumn,\" said Mayor Jane Doe.");
        Files.write(in.resolve("broken.txt"), new byte[] {0, 1, 2, 0, 0, 0});
        ConcurrentLinkedQueue<int[]> progress = new ConcurrentLinkedQueue<>();
        RebuildSummary summary = ArticleSearch.rebuild(dir.resolve("index"), List.of(in),
                RebuildOptions.defaults().withThreads(2).withProgress((done, total) -> progress.add(new int[] {done, total})));
        assertTrue(summary.built());
        assertEquals(2, summary.stats().articles());
        assertEquals(3, summary.files());
        assertEquals(1, summary.skipped().size(), summary.skipped().toString());
        assertTrue(summary.skipped().getFirst().source().endsWith("broken.txt"));
        assertFalse(summary.skipped().getFirst().reason().isBlank());
        assertEquals(3, progress.size(), "one call per file");
        assertTrue(progress.stream().anyMatch(p -> p[0] == 3 && p[1] == 3), "the last says all three are done");
        try (ArticleSearch search = ArticleSearch.openReadOnly(dir.resolve("index"))) {
            assertEquals(1, search.search(SearchRequest.of("autumn").withTypes(org.articlesearch.model.PassageType.QUOTE)).total());
        }
    }

    @Test
    void nothingReadableBuildsNothingAndTheOldIndexStays() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Old story\n\n\"Keep me,\" said Nell Park.");
        Path index = dir.resolve("index");
        assertTrue(ArticleSearch.rebuild(index, List.of(in), RebuildOptions.defaults()).built());

        Path empty = Files.createDirectories(dir.resolve("empty"));
        RebuildSummary none = ArticleSearch.rebuild(index, List.of(empty), RebuildOptions.defaults());
        assertFalse(none.built());
        assertEquals(0, none.files());

        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.write(broken.resolve("x.txt"), new byte[] {0, 0, 0, 1});
        RebuildSummary unreadable = ArticleSearch.rebuild(index, List.of(broken), RebuildOptions.defaults());
        assertFalse(unreadable.built());
        assertEquals(1, unreadable.skipped().size());
        try (ArticleSearch search = ArticleSearch.openReadOnly(index)) {
            assertEquals(1, search.search(SearchRequest.of("keep")).total(), "the old index still serves");
        }
        assertThrows(IllegalArgumentException.class, () -> RebuildOptions.defaults().withThreads(0));
    }
}
