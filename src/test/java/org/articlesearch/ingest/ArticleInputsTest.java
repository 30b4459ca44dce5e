package org.articlesearch.ingest;

import org.articlesearch.model.Article;
import org.articlesearch.model.Block;
import org.articlesearch.model.SkippedInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleInputsTest {
    @TempDir
    Path dir;

    private record Read(List<Article> articles, List<SkippedInput> skipped) {
    }

    private Read readAll(Path... inputs) {
        ArticleInputs.Plan plan = ArticleInputs.scan(List.of(inputs));
        List<Article> articles = new ArrayList<>();
        List<SkippedInput> skipped = new ArrayList<>(plan.skipped());
        ArticleInputs reader = new ArticleInputs();
        for (ArticleInputs.InputFile f : plan.files()) reader.read(f, articles::add, skipped::add);
        return new Read(articles, skipped);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void plainTextTakesItsTitleFromTheFirstLineAndBlocksFromBlankLines() throws IOException {
        write("story.txt", "\nThe title\n\nFirst paragraph.\n\nSecond\nparagraph.\n");
        Article a = readAll(dir).articles().get(0);
        assertEquals("story", a.id());
        assertEquals("The title", a.title());
        assertEquals(2, a.blocks().size());
        Block second = a.blocks().get(1);
        assertEquals("Second\nparagraph.", a.text().substring(second.start(), second.end()));
    }

    @Test
    void sameFileNamesInDifferentFoldersGetDistinctStableIds() throws IOException {
        write("sport/001.txt", "A\n\nText a.");
        write("tech/001.txt", "B\n\nText b.");
        write("tech/002.txt", "C\n\nText c.");
        List<String> ids = readAll(dir).articles().stream().map(Article::id).toList();
        assertEquals(List.of("sport-001", "tech-001", "002"), ids);
    }

    @Test
    void aStrayNonUtf8ByteIsReadNotSkipped() throws IOException {
        byte[] good = "Title\n\nA caf\u00e9 in town, worth \u00a3600m.".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xA3;
        Files.write(dir.resolve("odd.txt"), bytes);
        Read r = readAll(dir);
        assertEquals(1, r.articles().size());
        assertTrue(r.articles().get(0).text().contains("café"));
    }

    @Test
    void latin1TextIsDecodedAsLatin1() throws IOException {
        Files.write(dir.resolve("latin.txt"), "Titre\n\nL'\u00e9t\u00e9 \u00e0 Paris, tr\u00e8s chaud et tr\u00e8s long.".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(readAll(dir).articles().get(0).text().contains("L'été à Paris"));
    }

    @Test
    void binaryEmptyAndUnknownFilesAreReportedWithReasonsAndTheRestIsRead() throws IOException {
        write("good.txt", "Good\n\nSome text.");
        write("empty.txt", "   \n\n");
        Files.write(dir.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0});
        write("photo.jpg", "not an article");
        Read r = readAll(dir);
        assertEquals(1, r.articles().size());
        assertEquals(3, r.skipped().size(), r.skipped()::toString);
        assertTrue(r.skipped().stream().anyMatch(s -> s.source().endsWith("empty.txt") && s.reason().contains("empty")));
        assertTrue(r.skipped().stream().anyMatch(s -> s.source().endsWith("binary.txt") && s.reason().contains("binary")));
    }

    @Test
    void jsonLinesKeepsGoodLinesAndReportsBrokenOnesByLineNumber() throws IOException {
        write("feed.jsonl", """
                {"id": "n1", "title": "One", "text": "First story.", "url": "https://example.org/1", "author": "Ann"}
                {"id": "n2", "title": "Two", "body": "Second story."
                {"id": "n3", "title": "Three", "body": "Third story."}
                """);
        Read r = readAll(dir);
        assertEquals(List.of("n1", "n3"), r.articles().stream().map(Article::id).toList());
        assertEquals("Ann", r.articles().get(0).author());
        assertEquals(1, r.skipped().size());
        assertTrue(r.skipped().get(0).source().endsWith("feed.jsonl:2"), r.skipped().get(0).toString());
    }

    @Test
    void duplicateArticleIdsAreReportedAndTheFirstIsKept() throws IOException {
        write("a.jsonl", "{\"id\": \"same\", \"title\": \"A\", \"text\": \"First.\"}\n");
        write("b.jsonl", "{\"id\": \"same\", \"title\": \"B\", \"text\": \"Second.\"}\n");
        Read r = readAll(dir);
        assertEquals("A", r.articles().get(0).title());
        assertEquals(1, r.skipped().size());
        assertTrue(r.skipped().get(0).reason().contains("duplicate article id"));
    }

    @Test
    void htmlGivesParagraphsQuotesAndCaptionsAndDropsNavigationAndScripts() throws IOException {
        write("page.html", """
                <html><head><title>Page title</title><script>var x = "tracking";</script></head><body>
                <nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <h1>The headline</h1>
                <p>The first paragraph of the story.</p>
                <figure><img src="a.jpg" alt="The mayor opens the new bridge over the river"><figcaption>Opening day.</figcaption></figure>
                <blockquote>We built it to last a hundred years.</blockquote>
                <form><input name="q"><button>Subscribe</button></form>
                <footer>Copyright</footer></body></html>
                """);
        Article a = readAll(dir).articles().get(0);
        assertEquals("The headline", a.title());
        List<String> kinds = a.blocks().stream().map(b -> b.kind() + ":" + a.text().substring(b.start(), b.end())).toList();
        assertEquals(List.of("BODY:The first paragraph of the story.",
                "CAPTION:The mayor opens the new bridge over the river", "CAPTION:Opening day.",
                "QUOTE:We built it to last a hundred years."), kinds);
        assertTrue(!a.text().contains("tracking") && !a.text().contains("Subscribe") && !a.text().contains("Home"));
    }

    @Test
    void gzippedHtmlIsReadAndACorruptGzipIsReported() throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("ok.html.gz")))) {
            out.write("<html><body><p>Zipped story text.</p></body></html>".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve("bad.html.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2});
        Read r = readAll(dir);
        assertEquals(1, r.articles().size());
        assertEquals("ok", r.articles().get(0).id());
        assertTrue(r.skipped().get(0).reason().contains("gzip"), r.skipped().toString());
    }

    @Test
    void aFileSkippedForItsNameIsToldEveryExtensionThatIsReadAndEachOfThemIsReadInItsFormat() throws IOException {
        write("photo.jpg", "not an article");
        Map<String, ArticleFormat> expected = new TreeMap<>();
        int n = 0;
        for (ArticleFormat format : ArticleFormat.values()) {
            for (String extension : format.extensions()) {
                for (String name : List.of("story" + n++ + extension, "story" + n++ + extension.toUpperCase(Locale.ROOT) + ".gz")) {
                    write(name, "Title\n\nText.");
                    expected.put(name, format);
                }
            }
        }
        ArticleInputs.Plan plan = ArticleInputs.scan(List.of(dir));
        Map<String, ArticleFormat> found = new TreeMap<>();
        for (ArticleInputs.InputFile f : plan.files()) found.put(f.path().getFileName().toString(), f.format());
        assertEquals(expected, found);
        assertEquals(1, plan.skipped().size(), plan.skipped()::toString);
        String reason = plan.skipped().getFirst().reason();
        for (ArticleFormat format : ArticleFormat.values()) {
            for (String extension : format.extensions()) assertTrue(reason.contains(extension), extension + " in: " + reason);
        }
        assertTrue(reason.contains(".xhtml") && reason.contains(".gz"), reason);
    }
}
