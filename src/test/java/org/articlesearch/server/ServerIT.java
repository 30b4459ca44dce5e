package org.articlesearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.articlesearch.ArticleSearch;
import org.articlesearch.Rebuild;
import org.articlesearch.model.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over real HTTP, against a server started on a free port. */
class ServerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;
    static ArticleSearch search;
    static SearchServer server;

    static final String FERRY = "The ferry between Northport and Kell Island will stop running in March after the operator"
            + " lost its subsidy, leaving islanders with one boat a week.\n\n\"We have carried islanders across this water"
            + " for sixty years and we never wanted it to end like this,\" said captain Ruth Maddox.\n\nThe council said it"
            + " would look for another operator before the summer.";

    static final List<Article> ARTICLES = List.of(
            Article.of("bakery", "The bakery on Main Street",
                    "Maria Lopez opened the bakery in 1998.\n\n\"We bake every loaf by hand, every single night,\" said Maria Lopez.\n\n"
                            + "Photo: Maria Lopez with the first loaves of the morning"),
            Article.of("hostile", "Markup in the text",
                    "The page said <script>alert(1)</script> and <img src=x onerror=alert(2)> in plain sight."),
            Article.of("leeds", "Blair in Leeds",
                    "Tony Blair spoke in Leeds.\n\n\"We will not waver on this, not for a moment,\" he said."),
            Article.of("rates-wire", "Rates held", "\"Interest rates will stay where they are for now,\" said Ian Moss."),
            Article.of("rates-paper", "Rates steady", "“Interest rates will stay where they are for now,” said Ian Moss, the governor."),
            Article.of("ferry-1", "Island ferry to stop", FERRY),
            // The same story in another paper: a new headline, and a word added to the captain's quote.
            Article.of("ferry-2", "Kell Island loses its ferry", FERRY.replace("never wanted", "never once wanted")));

    @BeforeAll
    static void start() throws IOException {
        index(ARTICLES);
        // With serve's result cache, so that a rebuild picked up is seen at once (aRebuildIsPickedUp...).
        search = ArticleSearch.openReadOnly(dir.resolve("index")).withResultCache(org.articlesearch.search.ResultCache.DEFAULT_ENTRIES);
        server = SearchServer.start(search, new ServerOptions("127.0.0.1", 0, false, null));
    }

    static void index(List<Article> articles) throws IOException {
        try (Rebuild rebuild = ArticleSearch.rebuild(dir.resolve("index"))) {
            articles.forEach(rebuild::add);
            rebuild.commit();
        }
    }

    @AfterAll
    static void stop() {
        server.close();
        search.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).header("Origin", "http://elsewhere.example").GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String pathAndQuery, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(expectedStatus, r.statusCode(), pathAndQuery + " -> " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), "JSON content type");
        return JSON.readTree(r.body());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchReturnsTheResultObjectWithHighlightsAndUnnarrowedTypeCounts() throws Exception {
        JsonNode r = json("/api/search?q=" + q("loaf") + "&type=quote", 200);
        assertEquals(1, r.get("total").asInt());
        JsonNode hit = r.get("hits").get(0);
        for (String f : List.of("id", "articleId", "type", "title", "text", "highlight", "speaker", "speakerMention",
                "speakerStart", "speakerEnd", "score", "paragraph", "start", "end")) {
            assertTrue(hit.has(f), "hit has " + f);
        }
        assertEquals("quote", hit.get("type").asText());
        assertEquals("Maria Lopez", hit.get("speaker").asText());
        assertTrue(hit.get("highlight").asText().contains("<mark>loaf</mark>"));
        assertTrue(r.get("tookMs").isNumber());
        assertEquals(1, r.get("facets").get("type").get("paragraph").asInt(), "the paragraph tab still counts");
    }

    @Test
    void aQuoteCreditedFromAPronounSaysSoInSearchAndInItsArticle() throws Exception {
        String text = ARTICLES.get(2).text();
        JsonNode hit = json("/api/search?q=waver&type=quote", 200).get("hits").get(0);
        assertEquals("Tony Blair", hit.get("speaker").asText());
        assertEquals("he", hit.get("speakerMention").asText());
        assertEquals(text.indexOf("he said"), hit.get("speakerStart").asInt());
        assertEquals("he", text.substring(hit.get("speakerStart").asInt(), hit.get("speakerEnd").asInt()));

        JsonNode docs = json("/api/articles/leeds", 200).get("documents");
        int quotes = 0;
        for (JsonNode doc : docs) {
            if (doc.get("id").asText().equals(hit.get("id").asText())) {
                quotes++;
                assertEquals("he", doc.get("speakerMention").asText());
                assertEquals(hit.get("speakerStart"), doc.get("speakerStart"));
                assertEquals(hit.get("speakerEnd"), doc.get("speakerEnd"));
            } else {
                for (String f : List.of("speakerMention", "speakerStart", "speakerEnd")) {
                    assertTrue(doc.get(f).isNull(), doc.get("id").asText() + " has no " + f + ": " + doc);
                }
            }
        }
        assertEquals(1, quotes, "the quote is among the article's documents");
    }

    @Test
    void speakersAreSuggestedByTheStartOfTheirNameWithTheirQuoteCounts() throws Exception {
        JsonNode found = json("/api/speakers?q=" + q("tony bl"), 200).get("speakers");
        assertEquals("Tony Blair", found.get(0).get("name").asText());
        assertTrue(found.get(0).get("quotes").asInt() >= 1);
        assertEquals(0, json("/api/speakers?q=zzzz", 200).get("speakers").size());
        assertTrue(json("/api/speakers?q=a&limit=abc", 400).get("error").asText().contains("limit"));
        assertTrue(json("/api/speakers?q=a&limit=0", 400).get("error").asText().contains("limit"));
    }

    @Test
    void dateFiltersAndSortsAreCheckedAndABadOneIsA400WithAReason() throws Exception {
        assertTrue(json("/api/search?q=loaf&sort=newest", 200).get("total").asInt() >= 1, "undated articles are never dropped by a sort");
        assertEquals(0, json("/api/search?q=loaf&from=2016", 200).get("total").asInt(), "a date filter leaves undated articles out");
        assertTrue(json("/api/search?q=loaf&sort=sideways", 400).get("error").asText().contains("sort"));
        assertTrue(json("/api/search?q=loaf&from=last+week", 400).get("error").asText().contains("from"));
        assertTrue(json("/api/search?q=loaf&from=2017&to=2016", 400).get("error").asText().contains("after"));
    }

    @Test
    void aStoryRepublishedWithAWordChangedIsANearCopyWhoseQuoteIsOneHit() throws Exception {
        JsonNode grouped = json("/api/search?q=" + q("carried water") + "&type=quote", 200);
        assertEquals(1, grouped.get("hits").size(), grouped.toString());
        JsonNode hit = grouped.get("hits").get(0);
        String other = hit.get("articleId").asText().equals("ferry-1") ? "ferry-2" : "ferry-1";
        assertEquals(other, hit.get("alsoIn").get("articles").get(0).asText());
        assertEquals(2, json("/api/search?q=" + q("carried water") + "&type=quote&group=false", 200).get("hits").size());
        JsonNode copies = json("/api/articles/ferry-2", 200).get("nearCopies");
        assertEquals(1, copies.get("count").asInt());
        assertEquals("ferry-1", copies.get("articles").get(0).asText());
        assertEquals("ferry-2", json("/api/articles/ferry-1", 200).get("nearCopies").get("articles").get(0).asText());
        assertTrue(json("/api/articles/bakery", 200).get("nearCopies").isNull());
        // ferry-2, and rates-paper: the wire's one-line story with "the governor" added is a near copy too.
        assertEquals(2, json("/api/stats", 200).get("nearCopies").asInt(), "the index says how many articles are near copies");
    }

    @Test
    void aQuoteRunInTwoStoriesIsOneHitThatSaysWhereElseItAppearsUnlessGroupingIsOff() throws Exception {
        JsonNode grouped = json("/api/search?q=" + q("interest rates") + "&type=quote", 200);
        assertEquals(1, grouped.get("hits").size());
        JsonNode hit = grouped.get("hits").get(0);
        JsonNode also = hit.get("alsoIn");
        assertEquals(1, also.get("count").asInt());
        String other = hit.get("articleId").asText().equals("rates-wire") ? "rates-paper" : "rates-wire";
        assertEquals(other, also.get("articles").get(0).asText());
        JsonNode every = json("/api/search?q=" + q("interest rates") + "&type=quote&group=false", 200);
        assertEquals(2, every.get("hits").size());
        assertTrue(every.get("hits").get(0).get("alsoIn").isNull());
        assertTrue(json("/api/search?q=rates&group=maybe", 400).get("error").asText().contains("group"));
    }

    @Test
    void aMisrememberedQuoteIsFoundAndTheAnswerSaysTheMatchWasRelaxed() throws Exception {
        assertEquals("all", json("/api/search?q=loaf", 200).get("matched").asText());
        JsonNode r = json("/api/search?q=" + q("we shall not waver on this for one second"), 200);
        assertEquals("most", r.get("matched").asText());
        JsonNode hit = r.get("hits").get(0);
        assertEquals("leeds", hit.get("articleId").asText());
        assertEquals("quote", hit.get("type").asText());
        assertTrue(hit.get("highlight").asText().contains("<mark>waver</mark>"), hit.toString());
        long counted = 0;
        for (JsonNode n : r.get("facets").get("type")) counted += n.asLong();
        assertEquals(r.get("total").asLong(), counted, "the tabs count the set the hits come from");
    }

    @Test
    void aTwoWordQueryThatMatchesNothingStaysEmptyOverHttp() throws Exception {
        JsonNode r = json("/api/search?q=" + q("loaf submarine"), 200);
        assertEquals(0, r.get("total").asInt());
        assertEquals("all", r.get("matched").asText());
        assertEquals(0, r.get("hits").size());
    }

    @Test
    void typeMayRepeatOrBeCommaSeparated() throws Exception {
        JsonNode repeated = json("/api/search?q=" + q("Maria Lopez") + "&type=quote&type=caption", 200);
        JsonNode comma = json("/api/search?q=" + q("Maria Lopez") + "&type=quote,caption", 200);
        assertEquals(repeated.get("total"), comma.get("total"));
        for (JsonNode hit : comma.get("hits")) {
            assertTrue(List.of("quote", "caption").contains(hit.get("type").asText()));
        }
        assertEquals(2, comma.get("total").asInt());
    }

    @Test
    void speakerArticleLimitAndOffsetNarrowTheResults() throws Exception {
        assertEquals(1, json("/api/search?q=loaf&speaker=Lopez", 200).get("total").asInt());
        assertEquals(0, json("/api/search?q=loaf&speaker=Nobody", 200).get("total").asInt());
        JsonNode listing = json("/api/search?article=bakery&limit=2&offset=1", 200);
        assertEquals(2, listing.get("hits").size());
        assertEquals("bakery#1", listing.get("hits").get(0).get("id").asText(), "an empty query lists in article order");
    }

    @Test
    void anArticleComesBackWithAllItsDocumentsInOrder() throws Exception {
        JsonNode a = json("/api/articles/bakery", 200);
        assertEquals("The bakery on Main Street", a.get("title").asText());
        JsonNode docs = a.get("documents");
        assertTrue(docs.size() >= 3);
        for (int i = 1; i < docs.size(); i++) {
            assertTrue(docs.get(i - 1).get("start").asInt() <= docs.get(i).get("start").asInt());
        }
    }

    @Test
    void healthStatsAndTheApiDescriptionAnswer() throws Exception {
        JsonNode health = json("/api/health", 200);
        assertEquals("ok", health.get("status").asText());
        assertTrue(health.get("documents").asInt() > 0);
        assertEquals(ARTICLES.size(), json("/api/stats", 200).get("articles").asInt());
        JsonNode openapi = json("/api/openapi.json", 200);
        assertTrue(openapi.get("paths").has("/api/search"));
    }

    @Test
    void malformedParametersAreRefusedWithAReason() throws Exception {
        assertTrue(json("/api/search?q=a&limit=abc", 400).get("error").asText().contains("limit"));
        assertTrue(json("/api/search?q=a&limit=-1", 400).get("error").asText().contains("limit"));
        assertTrue(json("/api/search?q=a&limit=1000", 400).get("error").asText().contains("limit"));
        assertTrue(json("/api/search?q=a&offset=10000000", 400).get("error").asText().contains("offset"));
        assertTrue(json("/api/search?q=a&type=video", 400).get("error").asText().contains("video"));
        assertTrue(json("/api/search?q=" + "a".repeat(1500), 400).get("error").asText().contains("too long"));
        assertTrue(json("/api/articles/" + q("../etc/passwd"), 400).get("error").asText().contains("article id"));
        assertTrue(json("/api/articles/nosuch", 404).get("error").asText().contains("nosuch"));
        assertTrue(json("/api/nothing-here", 404).has("error"));
    }

    @Test
    void anOverlongRequestIsRefusedNotCrashed() throws Exception {
        int status = get("/api/search?q=" + "b".repeat(40_000)).statusCode();
        assertTrue(status == 414 || status == 431 || status == 400, "status " + status);
    }

    @Test
    void hostileQueriesNeverGiveAServerError() throws Exception {
        for (String query : List.of("\"", "\"\"\"", "-", "OR", "OR OR", "*", "?", "a:b", "(((", "\\", "~1", "^2", "[a TO z]",
                "{}", "-\"", "\u0000", "🙂", "AND", "a OR", "-a -b", "\"unclosed phrase")) {
            HttpResponse<String> r = get("/api/search?q=" + q(query));
            assertEquals(200, r.statusCode(), () -> query + " -> " + r.body());
        }
    }

    @Test
    void markupInArticlesComesBackEscaped() throws Exception {
        JsonNode r = json("/api/search?q=script", 200);
        String highlight = r.get("hits").get(0).get("highlight").asText();
        assertTrue(highlight.contains("&lt;<mark>script</mark>&gt;"), highlight);
        assertFalse(highlight.contains("<script") || highlight.contains("<img"), highlight);
    }

    @Test
    void thePageIsServedWithAContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().toLowerCase().contains("<html") || page.body().toLowerCase().contains("<!doctype html"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    }

    @Test
    void corsIsOffUnlessAskedFor() throws Exception {
        assertTrue(get("/api/health").headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        try (SearchServer open = SearchServer.start(search, new ServerOptions("127.0.0.1", 0, true, null))) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + open.port() + "/api/health"))
                    .header("Origin", "http://elsewhere.example").build();
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
        }
    }

    @Test
    void aRebuildIsPickedUpWithoutRestartAndWithoutAFailedRequest() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger requests = new AtomicInteger();
        Thread load = new Thread(() -> {
            // Bounded: stops when the test says so, or after 2,000 requests.
            while (running.get() && requests.get() < 2_000) {
                try {
                    if (get("/api/search?q=loaf").statusCode() != 200) failures.incrementAndGet();
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
                requests.incrementAndGet();
            }
        });
        load.start();
        try {
            List<Article> rebuilt = new ArrayList<>(ARTICLES);
            rebuilt.add(Article.of("harbour", "The harbour",
                    "\"The new harbour wall will stand for a century,\" said engineer Sam Okafor."));
            index(rebuilt);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            int total = 0;
            while (System.nanoTime() < deadline && (total = json("/api/search?q=harbour", 200).get("total").asInt()) == 0) {
                Thread.sleep(100);
            }
            assertTrue(total > 0, "the rebuilt index answers");
        } finally {
            running.set(false);
            load.join(30_000);
        }
        assertEquals(0, failures.get(), "failed requests during the swap, of " + requests.get());
        assertTrue(requests.get() > 0);
    }
}
