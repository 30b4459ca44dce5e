package org.articlesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.articlesearch.ArticleSearch;
import org.articlesearch.Shared;
import org.articlesearch.model.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code index} killed with SIGKILL at several moments of a rebuild: the previous index stays whole
 * and searchable, and the next {@code index} cleans up and succeeds. Two rebuilds at once: the
 * second is refused and neither harms the index.
 */
class CrashedRebuildIT {
    private static final Path JAR = Path.of(System.getProperty("project.jar", "target/article-search.jar"));
    private static final Path BBC = Shared.path("corpus/bbc");

    @TempDir
    Path dir;

    @Test
    void killingARebuildAtAnyMomentLeavesThePreviousIndexWholeAndTheNextRebuildSucceeds() throws Exception {
        Shared.require(BBC);
        Path index = dir.resolve("index");
        Path small = Files.createDirectories(dir.resolve("small"));
        Files.writeString(small.resolve("old.txt"), "The old index\n\n\"Keep this one searchable,\" said archivist Nell Park.\n");
        assertEquals(0, start("index", "--index", index.toString(), "--input", small.toString()).waitFor());
        long before = documents(index);

        // A kill lands before the rebuild's commit (the old index must be whole) or after it (the new one
        // must be whole: a process still alive may be past its commit, printing or exiting).
        long replacedWith = -1;
        for (long killAfterMs : List.of(300L, 900L, 1800L, 3000L, 5000L)) {
            Process rebuild = start("index", "--index", index.toString(), "--input", BBC.resolve("business").toString(),
                    BBC.resolve("sport").toString());
            Thread.sleep(killAfterMs);
            rebuild.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback
            rebuild.waitFor(30, TimeUnit.SECONDS);
            long now = documents(index);
            if (now != before) {
                replacedWith = now; // committed before the kill: later kill points are moot
                break;
            }
            assertEquals("Nell Park", firstSpeaker(index, "searchable"), "after a kill at " + killAfterMs + " ms the old index is whole and searchable");
        }

        Process again = start("index", "--index", index.toString(), "--input", BBC.resolve("business").toString(),
                BBC.resolve("sport").toString());
        assertTrue(again.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, again.exitValue(), "the next rebuild cleans up and succeeds");
        assertTrue(documents(index) > 5_000, "the new index replaced the old one");
        if (replacedWith >= 0) {
            assertEquals(documents(index), replacedWith, "a rebuild killed after its commit left the whole new index, not part of it");
        }
        try (var files = Files.list(index)) {
            long segmentsFiles = files.filter(f -> f.getFileName().toString().startsWith("segments_")).count();
            assertEquals(1, segmentsFiles, "one commit, the leftovers of the killed rebuilds deleted");
        }
    }

    @Test
    void aSecondRebuildAtTheSameTimeIsRefusedAndTheFirstCompletes() throws Exception {
        Shared.require(BBC);
        Path index = dir.resolve("index");
        Path out = dir.resolve("first.out");
        Process first = new ProcessBuilder(command("index", "--index", index.toString(), "--input", BBC.toString()))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        // Wait until the first one holds the write lock.
        for (int i = 0; i < 200 && !Files.exists(index.resolve("write.lock")); i++) Thread.sleep(50);
        Process second = new ProcessBuilder(command("index", "--index", index.toString(), "--input", BBC.resolve("tech").toString()))
                .redirectErrorStream(true).start();
        String said = new String(second.getInputStream().readAllBytes());
        assertTrue(second.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, second.exitValue(), said);
        assertTrue(said.contains("another") && said.contains("index"), "a clear reason: " + said);
        assertTrue(first.waitFor(300, TimeUnit.SECONDS));
        assertTrue(first.exitValue() == 0 || first.exitValue() == 2, Files.readString(out));
        assertTrue(documents(index) > 15_000, "the first rebuild's index is complete");
    }

    private static long documents(Path index) throws IOException {
        try (ArticleSearch search = ArticleSearch.openReadOnly(index)) {
            return search.stats().documents();
        }
    }

    private static String firstSpeaker(Path index, String query) throws IOException {
        try (ArticleSearch search = ArticleSearch.openReadOnly(index)) {
            return search.search(SearchRequest.of(query)).hits().getFirst().speaker();
        }
    }

    private static Process start(String... args) throws IOException {
        return new ProcessBuilder(command(args)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static List<String> command(String... args) {
        List<String> c = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar", JAR.toString()));
        c.addAll(List.of(args));
        return c;
    }
}
