package org.articlesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.articlesearch.ingest.ArticleInputs;
import org.articlesearch.model.Hit;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SearchResult;
import org.articlesearch.model.SortOrder;
import org.articlesearch.search.DayBound;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publication dates: parsed into a field, shown on every hit and article, filtered and sorted. The
 * corpus is JSON Lines built here from PolNeAR's texts and its metadata's publication dates, with two
 * articles that give no date at all.
 */
class DatesTest {
    static final Path POLNEAR = Path.of(System.getProperty("shared.dir", "../shared"), "corpus/polnear");

    @TempDir
    static Path dir;
    private static ArticleSearch search;
    private static final Map<String, LocalDate> DAYS = new LinkedHashMap<>();

    @BeforeAll
    static void index() throws IOException {
        assertTrue(Files.isDirectory(POLNEAR), POLNEAR + " is missing: the tests need ../shared beside the project");
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        List<String> rows = Files.readAllLines(POLNEAR.resolve("metadata.tsv"));
        List<String> header = List.of(rows.getFirst().split("\t"));
        int file = header.indexOf("filename"), date = header.indexOf("publication_date"), author = header.indexOf("author");
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t");
            Path text = POLNEAR.resolve("text/" + f[file] + ".txt");
            if (!Files.exists(text) || lines.size() >= 150) continue;
            String body = Files.readString(text);
            int nl = body.indexOf('\n');
            // Dates written the ways sources write them: ISO as given, and every third one as RFC 1123.
            LocalDate day = LocalDate.parse(f[date]);
            String written = lines.size() % 3 == 0
                    ? day.atStartOfDay(java.time.ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                    : f[date];
            DAYS.put(f[file], day);
            lines.add(json.writeValueAsString(Map.of("id", f[file], "title", body.substring(0, nl), "text",
                    body.substring(nl + 1), "published", written, "author", f[author], "url", "https://example.org/" + f[file])));
        }
        lines.add(json.writeValueAsString(Map.of("id", "undated-1", "title", "Undated", "text",
                "Donald Trump and Hillary Clinton met voters again, without a date on the story.")));
        lines.add(json.writeValueAsString(Map.of("id", "undated-2", "title", "Undated too", "text",
                "Hillary Clinton spoke about Donald Trump, and nobody wrote down when.", "published", "sometime last week")));
        Path corpus = dir.resolve("corpus.jsonl");
        Files.write(corpus, lines);
        Path index = dir.resolve("index");
        try (Rebuild rebuild = ArticleSearch.rebuild(index)) {
            ArticleInputs inputs = new ArticleInputs();
            for (ArticleInputs.InputFile f : ArticleInputs.scan(List.of(corpus)).files()) {
                inputs.read(f, rebuild::add, s -> { throw new AssertionError("skipped " + s); });
            }
            rebuild.commit();
        }
        search = ArticleSearch.openReadOnly(index);
    }

    @AfterAll
    static void close() throws IOException {
        if (search != null) search.close();
    }

    private static SearchResult find(SearchRequest request) throws IOException {
        return search.search(request.withLimit(100));
    }

    @Test
    void everyHitCarriesItsArticlesDayInIso8601ItsAuthorAndItsAddress() throws IOException {
        for (Hit hit : find(SearchRequest.of("Trump")).hits()) {
            if (hit.articleId().startsWith("undated")) continue;
            assertEquals(DAYS.get(hit.articleId()).toString(), hit.published(), hit.id());
            assertNotNull(hit.author(), hit.id());
            assertEquals("https://example.org/" + hit.articleId(), hit.url());
        }
    }

    @Test
    void newestFirstOrdersHitsByDayAndPutsUndatedArticlesLastWithoutDroppingThem() throws IOException {
        SearchRequest request = SearchRequest.of("Clinton Trump");
        SearchResult byRelevance = find(request);
        SearchResult newest = find(request.withSort(SortOrder.NEWEST));
        assertEquals(byRelevance.total(), newest.total(), "a sort drops nothing");
        assertTrue(newest.hits().stream().allMatch(h -> h.score() > 0), "hits sorted by date keep their relevance score");
        assertTrue(newest.total() > 100, "enough hits to fill the page: " + newest.total());
        List<String> days = newest.hits().stream().map(Hit::published).toList();
        for (int i = 1; i < days.size(); i++) {
            if (days.get(i) == null) continue;
            assertNotNull(days.get(i - 1), "an undated hit came before a dated one at " + i);
            assertTrue(days.get(i - 1).compareTo(days.get(i)) >= 0, days.get(i - 1) + " before " + days.get(i));
        }
        SearchResult undatedOnly = find(SearchRequest.of("\"nobody wrote down when\"").withSort(SortOrder.NEWEST));
        assertEquals("undated-2", undatedOnly.hits().getFirst().articleId(), "an undated article is still found when sorted");
    }

    @Test
    void oldestFirstIsTheReverseOrderOfDays() throws IOException {
        List<String> days = find(SearchRequest.of("Clinton Trump").withSort(SortOrder.OLDEST)).hits().stream()
                .map(Hit::published).filter(d -> d != null).toList();
        assertFalse(days.isEmpty());
        for (int i = 1; i < days.size(); i++) assertTrue(days.get(i - 1).compareTo(days.get(i)) <= 0);
        // A listing of every article's paragraphs, oldest first, opens with the oldest article of all.
        SearchResult all = find(SearchRequest.of("").withTypes(org.articlesearch.model.PassageType.PARAGRAPH)
                .withSort(SortOrder.OLDEST));
        assertEquals(DAYS.values().stream().min(LocalDate::compareTo).orElseThrow().toString(), all.hits().getFirst().published());
    }

    @Test
    void aDateRangeKeepsOnlyArticlesPublishedWithinItBothEndsIncluded() throws IOException {
        LocalDate from = LocalDate.of(2016, 3, 1), to = LocalDate.of(2016, 3, 31);
        SearchResult march = find(SearchRequest.of("Trump").withDates(from, to));
        assertTrue(march.total() > 0);
        for (Hit hit : march.hits()) {
            LocalDate day = LocalDate.parse(hit.published());
            assertFalse(day.isBefore(from) || day.isAfter(to), hit.published());
        }
        long expectedArticles = DAYS.values().stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).count();
        long articles = find(SearchRequest.of("").withDates(from, to).withTypes(org.articlesearch.model.PassageType.PARAGRAPH))
                .hits().stream().map(Hit::articleId).distinct().count();
        assertEquals(Math.min(expectedArticles, articles), articles);
    }

    @Test
    void aYearOrAMonthAsABoundCoversAllOfItsDays() {
        assertEquals(LocalDate.of(2016, 1, 1), DayBound.parse("2016", "from", false));
        assertEquals(LocalDate.of(2016, 12, 31), DayBound.parse("2016", "to", true));
        assertEquals(LocalDate.of(2016, 2, 29), DayBound.parse("2016-02", "to", true));
        assertThrows(IllegalArgumentException.class, () -> DayBound.parse("last week", "from", false));
    }

    @Test
    void theArticleViewCarriesTheDayTheAuthorAndTheAddress() {
        String id = DAYS.keySet().iterator().next();
        ArticleView view = search.article(id).orElseThrow();
        assertEquals(DAYS.get(id).toString(), view.published());
        assertEquals("https://example.org/" + id, view.url());
        assertNull(search.article("undated-1").orElseThrow().published());
    }
}
