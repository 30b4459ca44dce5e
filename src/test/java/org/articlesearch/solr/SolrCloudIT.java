package org.articlesearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.articlesearch.ArticleSearch;
import org.articlesearch.ServeProcess;
import org.articlesearch.Shared;
import org.articlesearch.model.Hit;
import org.articlesearch.model.PassageType;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SearchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Solr backend end to end, against the real SolrCloud of 2 nodes that the build starts before
 * the integration tests ({@code solr/cloud start}, see pom.xml) and stops after: the CLI and the
 * server as processes, with {@code --solr}, and the Java API.
 */
class SolrCloudIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEED = Shared.path("corpus/seed/runaways.txt");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String solr;

    @TempDir
    Path dir;

    @BeforeAll
    static void cluster() throws IOException {
        solr = SolrParityIT.clusterUrl();
        assertTrue(solr != null && solr.startsWith("http://"), "the cluster's URL: " + solr);
    }

    @Test
    void theSeedArticlesCasesWorkThroughTheCliOnATwoShardCollection() throws Exception {
        Run indexed = run("index", "--solr", solr, "--collection", "seed_cli", "--shards", "2",
                "--input", Shared.require(SEED).toString());
        assertEquals(0, indexed.exit(), indexed.err());
        assertTrue(indexed.out().contains("Indexed 1 article into Solr collection seed_cli on "), indexed.out());

        Run found = run("search", "--solr", solr, "--collection", "seed_cli", "--json", "\"cherry bomb\"");
        assertEquals(0, found.exit(), found.err());
        JsonNode result = JSON.readTree(found.out());
        boolean reviewQuote = false, paragraph = false;
        for (JsonNode hit : result.get("hits")) {
            String h = hit.get("highlight").asText();
            if (hit.get("type").asText().equals("quote") && h.contains("ch-ch-ch-ch-<mark>cherry bomb</mark>")) reviewQuote = true;
            if (hit.get("type").asText().equals("paragraph") && h.contains("&#39;<mark>Cherry Bomb</mark>&#39;")) paragraph = true;
        }
        assertTrue(reviewQuote, "the review quote with “ch-ch-ch-ch-cherry bomb”, marked: " + found.out());
        assertTrue(paragraph, "the paragraph with 'Cherry Bomb', marked: " + found.out());
        assertEquals(4, result.get("total").asInt(), "as many as the local index finds: " + found.out());
        assertEquals(2, result.get("facets").get("type").get("quote").asInt());

        Run byStewart = run("search", "--solr", solr, "--collection", "seed_cli", "--type", "quote",
                "--speaker", "Stewart", "--json", "music");
        assertEquals(0, byStewart.exit(), byStewart.err());
        JsonNode stewart = JSON.readTree(byStewart.out()).get("hits").get(0);
        assertTrue(stewart.get("text").asText().startsWith("We both were really concerned about getting the music right"), byStewart.out());
        assertTrue(stewart.get("speaker").asText().endsWith("Stewart"), byStewart.out());
        assertTrue(stewart.get("highlight").asText().contains("getting the <mark>music</mark> right"), byStewart.out());

        Run caption = run("search", "--solr", solr, "--collection", "seed_cli", "--type", "caption", "--json",
                "premiere");
        JsonNode captions = JSON.readTree(caption.out()).get("hits");
        assertEquals("Kristen Stewart with Joan Jett at Los Angeles Premiere of The Runaways.", captions.get(0).get("text").asText(),
                "the caption glued to the text before it comes out on its own: " + caption.out());
        for (JsonNode hit : JSON.readTree(run("search", "--solr", solr, "--collection", "seed_cli", "--json",
                "\"Joan Jett at Los Angeles\"").out()).get("hits")) {
            assertEquals("caption", hit.get("type").asText(), "only the caption holds the caption's words: " + hit);
        }
    }

    @Test
    void theJavaApiAnswersLikeTheLocalIndexOnTheSameArticle() throws Exception {
        try (var rebuild = ArticleSearch.rebuild(URI.create(solr), "seed_api", 2, 1)) {
            new org.articlesearch.ingest.ArticleInputs().read(
                    org.articlesearch.ingest.ArticleInputs.scan(List.of(Shared.require(SEED))).files().getFirst(), rebuild::add, s -> { });
            rebuild.commit();
        }
        Path localDir = dir.resolve("local");
        try (var rebuild = ArticleSearch.rebuild(localDir)) {
            new org.articlesearch.ingest.ArticleInputs().read(
                    org.articlesearch.ingest.ArticleInputs.scan(List.of(Shared.require(SEED))).files().getFirst(), rebuild::add, s -> { });
            rebuild.commit();
        }
        try (ArticleSearch cloud = ArticleSearch.solr(URI.create(solr), "seed_api");
             ArticleSearch local = ArticleSearch.openReadOnly(localDir)) {
            assertEquals(local.stats(), cloud.stats());
            for (String q : List.of("music", "\"cherry bomb\"", "cherry OR bomb", "band -music", "Runaways", "\"the runaways\" Stewart",
                    "kristen stewart")) {
                SearchResult l = local.search(SearchRequest.of(q).withGrouping(false).withLimit(100));
                SearchResult c = cloud.search(SearchRequest.of(q).withGrouping(false).withLimit(100));
                assertEquals(l.total(), c.total(), q);
                assertEquals(l.facets().type(), c.facets().type(), q);
                assertEquals(l.facets().speaker(), c.facets().speaker(), q);
                assertEquals(sorted(ids(l)), sorted(ids(c)), "the same documents for " + q);
            }
            SearchResult listing = cloud.search(SearchRequest.of("").withTypes(PassageType.CAPTION));
            assertEquals(local.search(SearchRequest.of("").withTypes(PassageType.CAPTION)).hits().stream().map(h -> h.id()).toList(),
                    listing.hits().stream().map(h -> h.id()).toList(), "an empty query with a filter lists in article order");
            var article = cloud.article("runaways", "cherry bomb").orElseThrow();
            assertEquals(local.article("runaways").orElseThrow().documents().size(), article.documents().size());
            assertTrue(article.documents().stream().anyMatch(h -> h.highlight() != null && h.highlight().contains("<mark>")),
                    "the article view marks the query's words");
            assertTrue(cloud.article("nope").isEmpty());
            assertEquals(local.speakers("stew", 5), cloud.speakers("stew", 5));
        }
    }

    @Test
    void theSameTextInTwoArticlesIsOneHitThatSaysWhereElseItIsUnlessGroupingIsOff() throws Exception {
        String quote = "\"We will not raise interest rates this year,\" said the governor, Ann Example.";
        List<org.articlesearch.model.Article> articles = new ArrayList<>();
        for (String id : List.of("wire", "paper-a", "paper-b")) {
            articles.add(org.articlesearch.model.Article.of(id, "Rates held (" + id + ")", "The bank met on Monday.\n\n" + quote));
        }
        articles.add(org.articlesearch.model.Article.of("other", "Budget", "\"Interest rates will matter to every household,\" said a minister."));
        try (var rebuild = ArticleSearch.rebuild(URI.create(solr), "copies", 2, 1)) {
            articles.forEach(rebuild::add);
            rebuild.commit();
        }
        try (ArticleSearch search = ArticleSearch.solr(URI.create(solr), "copies"); ArticleSearch local = ArticleSearch.inMemory()) {
            articles.forEach(local::add);
            local.commit();
            SearchRequest request = SearchRequest.of("\"interest rates\"").withTypes(PassageType.QUOTE);
            SearchResult grouped = search.search(request);
            SearchResult localGrouped = local.search(request);
            assertEquals(localGrouped.total(), grouped.total(), "total counts documents, as locally");
            assertEquals(4, grouped.total(), grouped.toString());
            assertEquals(2, grouped.hits().size(), grouped.hits().toString());
            assertEquals(localGrouped.hits().size(), grouped.hits().size());
            var copied = grouped.hits().stream().filter(h -> h.text().startsWith("We will not")).findFirst().orElseThrow();
            assertEquals(2, copied.alsoIn().count());
            List<String> all = new ArrayList<>(copied.alsoIn().articles());
            all.add(copied.articleId());
            assertEquals(List.of("paper-a", "paper-b", "wire"), sorted(all));
            assertEquals(null, grouped.hits().stream().filter(h -> !h.text().startsWith("We will not")).findFirst().orElseThrow().alsoIn());
            SearchResult each = search.search(SearchRequest.of("\"interest rates\"").withTypes(PassageType.QUOTE).withGrouping(false));
            assertEquals(4, each.hits().size());
        }
    }

    @Test
    void aStoryRepublishedWithAWordChangedIsFoundAsANearCopyByASolrRebuildAsByTheLocalOne() throws Exception {
        String story = "The ferry between Northport and Kell Island will stop running in March after the operator lost its"
                + " subsidy, leaving islanders with one boat a week.\n\n\"We have carried islanders across this water for sixty"
                + " years and we never wanted it to end like this,\" said captain Ruth Maddox.\n\nThe council said it would"
                + " look for another operator before the summer.";
        List<org.articlesearch.model.Article> articles = List.of(
                org.articlesearch.model.Article.of("ferry-1", "Island ferry to stop", story),
                org.articlesearch.model.Article.of("ferry-2", "Kell Island loses its ferry", story.replace("never wanted", "never once wanted")));
        Path localDir = dir.resolve("near-copies-local");
        try (var rebuild = ArticleSearch.rebuild(URI.create(solr), "near_copies", 2, 1); var local = ArticleSearch.rebuild(localDir)) {
            articles.forEach(rebuild::add);
            articles.forEach(local::add);
            rebuild.commit();
            local.commit();
        }
        try (ArticleSearch search = ArticleSearch.solr(URI.create(solr), "near_copies"); ArticleSearch local = ArticleSearch.openReadOnly(localDir)) {
            SearchRequest request = SearchRequest.of("carried water").withTypes(PassageType.QUOTE);
            SearchResult grouped = search.search(request);
            assertEquals(1, grouped.hits().size(), grouped.hits().toString());
            assertEquals(2, grouped.total());
            Hit hit = grouped.hits().getFirst();
            assertEquals(List.of(hit.articleId().equals("ferry-1") ? "ferry-2" : "ferry-1"), hit.alsoIn().articles());
            assertEquals(local.search(request).hits().size(), grouped.hits().size());
            for (String id : List.of("ferry-1", "ferry-2")) {
                assertEquals(local.article(id).orElseThrow().nearCopies(), search.article(id).orElseThrow().nearCopies(), id);
            }
            assertEquals(List.of("ferry-1"), search.article("ferry-2").orElseThrow().nearCopies().articles());
            assertEquals(1, search.stats().nearCopies());
            assertEquals(local.stats().nearCopies(), search.stats().nearCopies());
        }
    }

    @Test
    void aRebuildMovesTheAliasAndDeletesTheOldCollectionAndAFailedOneLeavesItWhereItWas() throws Exception {
        Path input = dir.resolve("in");
        Files.createDirectories(input);
        Files.writeString(input.resolve("one.txt"), "First story\n\n\"We will open the library in spring,\" said Mayor Jane Doe.");
        assertEquals(0, run("index", "--solr", solr, "--collection", "rebuilt", "--input", input.toString()).exit());
        List<String> first = collectionsOf("rebuilt");
        assertEquals(1, first.size(), first.toString());

        Files.writeString(input.resolve("one.txt"), "Second story\n\n\"We will close the pool in autumn,\" said Mayor Jane Doe.");
        assertEquals(0, run("index", "--solr", solr, "--collection", "rebuilt", "--input", input.toString()).exit());
        List<String> second = collectionsOf("rebuilt");
        assertEquals(1, second.size(), second.toString());
        assertNotEquals(first, second, "the alias points at the new collection");
        assertFalse(allCollections().contains(first.getFirst()), "the old collection is deleted");
        try (ArticleSearch search = ArticleSearch.solr(URI.create(solr), "rebuilt")) {
            assertTrue(search.search(SearchRequest.of("pool")).total() > 0, "the new articles are served");
            assertEquals(0, search.search(SearchRequest.of("library")).total());
        }

        // Nothing readable: nothing is built, and the alias stays on the collection it had.
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        Files.write(broken.resolve("x.txt"), new byte[] {0, 1, 2, 0, 0});
        Run failed = run("index", "--solr", solr, "--collection", "rebuilt", "--input", broken.toString());
        assertEquals(1, failed.exit(), failed.out() + failed.err());
        assertEquals(second, collectionsOf("rebuilt"));
        assertEquals(1, allCollections().stream().filter(c -> c.startsWith("rebuilt_")).count(), "no half-built collection is left");

        // A rebuild that fails half-way (here: abandoned, as an exception would leave it) deletes its
        // collection; the alias and its answers stay as they were.
        try (var abandoned = ArticleSearch.rebuild(URI.create(solr), "rebuilt", 1, 1)) {
            abandoned.add(org.articlesearch.model.Article.of("half", "Half", "\"Only half of this was sent,\" said Ben Half."));
        }
        assertEquals(second, collectionsOf("rebuilt"));
        assertEquals(1, allCollections().stream().filter(c -> c.startsWith("rebuilt_")).count(), "the abandoned collection is deleted");
        try (ArticleSearch search = ArticleSearch.solr(URI.create(solr), "rebuilt")) {
            assertTrue(search.search(SearchRequest.of("pool")).total() > 0);
        }
    }

    @Test
    void theServerAnswersOverSolrWith400ForBadInputAnd503WhenSolrIsOutOfReach() throws Exception {
        assertEquals(0, run("index", "--solr", solr, "--collection", "seed_http", "--input", Shared.require(SEED).toString()).exit());
        try (ServeProcess serve = ServeProcess.start(List.of(), "--solr", solr, "--collection", "seed_http")) {
            HttpResponse<String> ok = get(serve.url() + "api/search?q=" + enc("\"cherry bomb\"") + "&type=quote");
            assertEquals(200, ok.statusCode(), ok.body());
            JsonNode result = JSON.readTree(ok.body());
            assertEquals(2, result.get("total").asInt(), ok.body());
            assertEquals(2, result.get("facets").get("type").get("paragraph").asInt(), "the type facet ignores the type filter");
            HttpResponse<String> article = get(serve.url() + "api/articles/runaways?q=music");
            assertEquals(200, article.statusCode(), article.body());
            assertTrue(article.body().contains("<mark>music</mark>"), article.body());
            assertEquals(404, get(serve.url() + "api/articles/nope").statusCode());
            for (String bad : List.of("api/search?q=a&limit=abc", "api/search?q=a&type=poem", "api/search?q=a&from=2016-13-01")) {
                HttpResponse<String> r = get(serve.url() + bad);
                assertEquals(400, r.statusCode(), bad + ": " + r.body());
                assertTrue(JSON.readTree(r.body()).get("error").asText().length() > 5, r.body());
            }
            for (String odd : List.of("\"", "-", "OR", "a:b", "{!lucene}x", "\\", "*:*", "x^2 [1 TO 2]", "((")) {
                HttpResponse<String> r = get(serve.url() + "api/search?q=" + enc(odd));
                assertEquals(200, r.statusCode(), "a query is never Solr syntax: " + odd + " " + r.body());
            }
        }
        try (ServeProcess serve = ServeProcess.start(List.of(), "--solr", "http://127.0.0.1:9/solr", "--collection", "seed_http")) {
            HttpResponse<String> down = get(serve.url() + "api/search?q=music");
            assertEquals(503, down.statusCode(), down.body());
            assertTrue(JSON.readTree(down.body()).get("error").asText().contains("127.0.0.1:9"), "says which Solr failed: " + down.body());
        }
    }

    record Run(int exit, String out, String err) {
    }

    /** The packaged jar as a process, as a user runs it. */
    static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-jar");
        command.add(System.getProperty("project.jar", "target/article-search.jar"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        var err = new java.io.ByteArrayOutputStream();
        Thread drain = Thread.ofVirtual().start(() -> {
            try {
                p.getErrorStream().transferTo(err);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS), "the command finished");
        drain.join();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> collectionsOf(String alias) throws Exception {
        return collectionsOf(solr, alias);
    }

    static List<String> collectionsOf(String solr, String alias) throws Exception {
        JsonNode status = JSON.readTree(get(solr + "/admin/collections?action=LISTALIASES&wt=json").body());
        JsonNode a = status.get("aliases").get(alias);
        return a == null ? List.of() : List.of(a.asText().split(","));
    }

    private static List<String> allCollections() throws Exception {
        return allCollections(solr);
    }

    static List<String> allCollections(String solr) throws Exception {
        List<String> out = new ArrayList<>();
        JSON.readTree(get(solr + "/admin/collections?action=LIST&wt=json").body()).get("collections").forEach(c -> out.add(c.asText()));
        return out;
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> h.id()).toList();
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
