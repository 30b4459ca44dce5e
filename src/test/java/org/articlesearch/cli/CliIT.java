package org.articlesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.articlesearch.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar run as a separate process, the way a user runs it. */
class CliIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path JAR = Path.of(System.getProperty("project.jar", "target/article-search.jar"));
    private static final Path SEED = Shared.path("corpus/seed/runaways.txt");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command finished");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void indexingAStoryAndItsReprintSaysOneIsANearCopyAndSearchShowsTheirQuoteOnce() throws Exception {
        Path input = Files.createDirectories(dir.resolve("reprints"));
        String story = "The ferry between Northport and Kell Island will stop running in March after the operator lost its"
                + " subsidy, leaving islanders with one boat a week.\n\n\"We have carried islanders across this water for sixty"
                + " years and we never wanted it to end like this,\" said captain Ruth Maddox.\n\nThe council said it would"
                + " look for another operator before the summer.\n";
        Files.writeString(input.resolve("courier.txt"), "Island ferry to stop\n\n" + story);
        Files.writeString(input.resolve("gazette.txt"), "Kell Island loses its ferry\n\n" + story.replace("never wanted", "never once wanted"));
        Path index = dir.resolve("reprints-index");
        Run indexed = run("index", "--index", index.toString(), "--input", input.toString());
        assertEquals(0, indexed.exit(), indexed.err());
        assertTrue(indexed.out().contains("1 article is a near copy of another article"), indexed.out());
        Run found = run("search", "--index", index.toString(), "--json", "--type", "quote", "carried water");
        JsonNode hits = JSON.readTree(found.out()).get("hits");
        assertEquals(1, hits.size(), found.out());
        assertEquals(1, hits.get(0).get("alsoIn").get("count").asInt());
    }

    @Test
    void indexingTheSeedArticleThenSearchingACherryBombPhraseFindsTheQuoteAndTheParagraph() throws Exception {
        Path index = dir.resolve("index");
        Run indexed = run("index", "--index", index.toString(), "--input", Shared.require(SEED).toString());
        assertEquals(0, indexed.exit(), indexed.err());
        assertTrue(indexed.out().contains("Indexed 1 article into"), indexed.out());
        assertTrue(indexed.out().contains("documents/s"), "the summary gives the speed");

        Run found = run("search", "--index", index.toString(), "--json", "\"cherry bomb\"");
        assertEquals(0, found.exit(), found.err());
        JsonNode result = JSON.readTree(found.out());
        assertEquals(JSON.writeValueAsString(result), found.out().strip(), "written as Jackson writes it");
        boolean reviewQuote = false, paragraph = false;
        for (JsonNode hit : result.get("hits")) {
            String h = hit.get("highlight").asText();
            if (hit.get("type").asText().equals("quote") && h.contains("ch-ch-ch-ch-<mark>cherry bomb</mark>")) reviewQuote = true;
            if (hit.get("type").asText().equals("paragraph") && h.contains("&#39;<mark>Cherry Bomb</mark>&#39;")) paragraph = true;
        }
        assertTrue(reviewQuote, "the review quote with “ch-ch-ch-ch-cherry bomb”: " + found.out());
        assertTrue(paragraph, "the paragraph with 'Cherry Bomb': " + found.out());
        assertTrue(result.get("facets").get("type").get("quote").asInt() >= 1);

        Run byStewart = run("search", "--index", index.toString(), "--type", "quote", "--speaker", "Stewart", "music");
        assertEquals(0, byStewart.exit(), byStewart.err());
        assertTrue(byStewart.out().contains("concerned about getting the **music** right"), byStewart.out());
    }

    @Test
    void aBrokenInputIsReportedAndSkippedWhileTheRestIsIndexedWithExitCodeTwo() throws Exception {
        Path input = dir.resolve("in");
        Files.createDirectories(input);
        Files.writeString(input.resolve("good.txt"), "A good story\n\n\"We will open the new library next spring,\" said Mayor Jane Doe.");
        Files.write(input.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0});
        Run r = run("index", "--index", dir.resolve("index").toString(), "--input", input.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("broken.txt") && r.err().contains("binary"), r.err());
        Run found = run("search", "--index", dir.resolve("index").toString(), "library");
        assertTrue(found.out().contains("Jane Doe"), found.out());
    }

    @Test
    void aRebuildWithNothingReadableFailsAndLeavesThePreviousIndexServing() throws Exception {
        Path index = dir.resolve("index");
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "Story\n\nThe harbour bridge opened on Monday.");
        assertEquals(0, run("index", "--index", index.toString(), "--input", good.toString()).exit());
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "\n\n");
        Run failed = run("index", "--index", index.toString(), "--input", empty.toString());
        assertEquals(1, failed.exit());
        assertTrue(failed.err().contains("previous index is untouched"), failed.err());
        Run search = run("search", "--index", index.toString(), "harbour");
        assertTrue(search.out().contains("**harbour** bridge opened"), search.out());
    }

    @Test
    void splitJsonPrintsOneArticleALineWithDocumentsInArticleOrder() throws Exception {
        Run r = run("split", "--json", Shared.require(SEED).toString());
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(1, lines.length);
        JsonNode article = JSON.readTree(lines[0]);
        assertEquals(JSON.writeValueAsString(article), lines[0], "written as Jackson writes it");
        assertEquals("runaways", article.get("articleId").asText());
        String text = Files.readString(SEED);
        int previous = -1;
        for (JsonNode d : article.get("documents")) {
            for (String field : List.of("id", "type", "text", "speaker", "paragraph", "start", "end")) {
                assertTrue(d.has(field), "document has " + field);
            }
            int start = d.get("start").asInt();
            assertTrue(start >= previous, "article order");
            previous = start;
            assertEquals(text.substring(start, d.get("end").asInt()), d.get("text").asText(), "offsets index the file's text");
        }
    }

    @Test
    void searchingWithoutAnIndexSaysHowToBuildOne() throws Exception {
        Run r = run("search", "--index", dir.resolve("nothing").toString(), "anything");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("article-search index --input"), r.err());
    }

    @Test
    void searchWithNoQueryAndNoFilterPrintsItsUsageAndExitsTwo() throws Exception {
        for (List<String> args : List.of(List.of("search"), List.of("search", "--index", dir.resolve("index").toString(), "  "))) {
            Run r = run(args.toArray(String[]::new));
            assertEquals(2, r.exit(), args + ": " + r.out() + r.err());
            assertTrue(r.err().contains("Missing a query, or a filter"), r.err());
            assertTrue(r.err().contains("Usage: article-search search"), "the usage follows: " + r.err());
            assertFalse(r.out().contains("results"), "no \"0 results\": " + r.out());
        }
    }

    @Test
    void anEmptyQueryWithAFilterListsTheArticlesQuotesInArticleOrderAsTheReadmeShows() throws Exception {
        Path index = dir.resolve("index");
        assertEquals(0, run("index", "--index", index.toString(), "--input", Shared.require(SEED).toString()).exit());
        Run r = run("search", "--index", index.toString(), "--article", "runaways", "--type", "quote");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("(?s)\\d+ results in .*"), r.out());
        assertTrue(r.out().contains("\n1. [quote] — ") && r.out().contains("(runaways#"), r.out());
        assertFalse(r.out().contains("[paragraph]") || r.out().contains("[caption]"), "quotes only: " + r.out());
    }

    @Test
    void searchingAnArticleThatIsNotInTheIndexSaysSoWhileASpeakerWhoSaidNothingIsZeroResults() throws Exception {
        Path index = dir.resolve("index");
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "Story\n\nThe harbour bridge opened on Monday.");
        assertEquals(0, run("index", "--index", index.toString(), "--input", good.toString()).exit());
        for (List<String> query : List.of(List.<String>of(), List.of("harbour"), List.of("--json", "harbour"))) {
            List<String> args = new ArrayList<>(List.of("search", "--index", index.toString(), "--article", "nope"));
            args.addAll(query);
            Run r = run(args.toArray(String[]::new));
            assertEquals(1, r.exit(), args + ": " + r.out() + r.err());
            assertEquals("error: no article \"nope\" in the index", r.err().strip());
            assertEquals("", r.out());
        }
        Run known = run("search", "--index", index.toString(), "--article", "good", "zebra");
        assertEquals(0, known.exit(), known.err());
        assertTrue(known.out().startsWith("0 results in "), "a known article without the word: " + known.out());
        Run nobody = run("search", "--index", index.toString(), "--speaker", "Nobody", "harbour");
        assertEquals(0, nobody.exit(), nobody.err());
        assertTrue(nobody.out().startsWith("0 results in "), nobody.out());
    }

    @Test
    void countsOfOneAreSingularInTheIndexSummaryTheSkippedListAndTheResults() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("one.txt"), "Story\n\nThe harbour bridge opened on Monday.");
        Files.write(input.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0});
        Path index = dir.resolve("index");
        Run indexed = run("index", "--index", index.toString(), "--input", input.toString());
        assertEquals(2, indexed.exit(), indexed.out() + indexed.err());
        assertTrue(indexed.out().startsWith("Indexed 1 article into " + index + ": 1 document (0 captions, 1 paragraph, 0 quotes) in "),
                indexed.out());
        assertTrue(indexed.err().startsWith("Skipped 1 input:\n"), indexed.err());
        Run found = run("search", "--index", index.toString(), "harbour");
        assertTrue(found.out().startsWith("1 result in "), found.out());
    }

    @Test
    void everyCommandThatReadsArticlesListsTheExtensionsItReadsXhtmlIncluded() throws Exception {
        for (String command : List.of("index", "split", "serve")) {
            Run help = run(command, "--help");
            assertEquals(0, help.exit(), help.err());
            for (String extension : List.of(".txt", ".html", ".xhtml", ".jsonl", ".ndjson", ".html.gz")) {
                assertTrue(help.out().contains(extension), command + " --help lists " + extension + ": " + help.out());
            }
        }
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("page.xhtml"), "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><title>Harbour news</title></head><body><p>The harbour bridge opened on Monday.</p></body></html>");
        Files.writeString(input.resolve("notes.doc"), "Notes\n\nNot read: the name says it is no article.");
        Run r = run("split", input.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("The harbour bridge opened on Monday.") && !r.out().contains("<p>"), "the .xhtml page is read: " + r.out());
        assertTrue(r.err().contains("notes.doc: not an article format (") && r.err().contains(".xhtml"), r.err());
    }
}
