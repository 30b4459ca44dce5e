package org.articlesearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.articlesearch.ServeProcess;
import org.articlesearch.Shared;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in a real headless Chromium, against {@code serve} run from the packaged jar
 * over the seed article, the bundled sample articles and an article full of hostile markup.
 */
class SearchPageIT {
    private static final Path SEED = Shared.path("corpus/seed/runaways.txt");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Markup that would run if the page ever treated article text as HTML. */
    static final String HOSTILE = """
            Markup that must stay text

            A reader pasted <script>window.pwned = 'script'</script> into the comments.

            Then came <img src=x onerror="window.pwned = 'img'"> and <a href="javascript:window.pwned='link'">a javascript: link</a> as well.
            """;

    /** Dated articles, each date written another way, and one with no date: for the sort and the article's metadata. */
    static final String LIGHTHOUSES = """
            {"id":"lh-2004","title":"Old lighthouse keepers","text":"The lighthouse keepers of the coast met in January.\\n\\n\\"The lamp never went out while we kept the lighthouse,\\" said keeper Ada Brant.","published":"2004-01-05","author":"Rosa Vey","url":"https://news.example.org/lh-2004"}
            {"id":"lh-2016","title":"The lighthouse goes solar","text":"The lighthouse now runs on solar panels.","published":"2016-10-12T09:30:00-04:00","author":"Tom Ilse","url":"https://news.example.org/lh-2016"}
            {"id":"lh-2010","title":"A lighthouse for sale","text":"A lighthouse on the cliffs was put up for sale.","published":"Tue, 01 Jun 2010 10:00:00 GMT","url":"javascript:alert(1)"}
            {"id":"lh-undated","title":"A lighthouse with no date","text":"Nobody recorded when this lighthouse story was written."}
            {"id":"harbour-1","title":"Harbour wall","text":"\\"The harbour wall will be rebuilt before the winter storms arrive,\\" said mayor Lena Ortiz."}
            {"id":"harbour-2","title":"Storm plans","text":"\\"The harbour wall will be rebuilt before the winter storms arrive,\\" said Lena Ortiz on Monday."}
            """;

    /** One story run by two papers, a word of its quote changed: near copies. */
    static final String FERRIES = """
            {"id":"ferry-1","title":"Island ferry to stop","text":"The ferry between Northport and Kell Island will stop running in March after the operator lost its subsidy, leaving islanders with one boat a week.\\n\\n\\"We have carried islanders across this water for sixty years and we never wanted it to end like this,\\" said captain Ruth Maddox.\\n\\nThe council said it would look for another operator before the summer."}
            {"id":"ferry-2","title":"Kell Island loses its ferry","text":"The ferry between Northport and Kell Island will stop running in March after the operator lost its subsidy, leaving islanders with one boat a week.\\n\\n\\"We have carried islanders across this water for sixty years and we never once wanted it to end like this,\\" said captain Ruth Maddox.\\n\\nThe council said it would look for another operator before the summer."}
            """;

    @TempDir
    static Path dir;
    static ServeProcess server;
    static String base;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the page test needs Debian's chromium and chromium-driver: run .ci/install");
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.copy(Shared.require(SEED), articles.resolve("runaways.txt"));
        for (String name : List.of("night-shift-choir.txt", "river-cleanup.txt", "robot-garden.txt")) {
            try (InputStream in = SearchPageIT.class.getResourceAsStream("/sample/" + name)) {
                assertNotNull(in, name);
                Files.copy(in, articles.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(articles.resolve("hostile.txt"), HOSTILE);
        Files.writeString(articles.resolve("lighthouses.jsonl"), LIGHTHOUSES);
        Files.writeString(articles.resolve("ferries.jsonl"), FERRIES);

        server = ServeProcess.start(List.of(), "--index", dir.resolve("index").toString(), "--input", articles.toString());
        base = server.url();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The machine's network is closed: without these, Chromium keeps dialling Google in the background.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + dir.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        // A result list re-rendered while a condition reads it leaves stale elements: read it again.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @BeforeEach
    void desktopSize() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void newestFirstOrdersHitsByTheirDatesUndatedLastAndTheArticleShowsItsDateAuthorLinkAndTheQueryMarked() throws IOException {
        browser.get(base + "?q=lighthouse");
        wait.until(d -> d.findElements(By.cssSelector("#results .hit")).size() >= 4);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("sort"))).selectByValue("newest");
        wait.until(d -> d.getCurrentUrl().contains("sort=newest"));
        wait.until(d -> {
            List<WebElement> first = d.findElements(By.cssSelector("#results .hit"));
            return !first.isEmpty() && "lh-2016".equals(articleOf(first.getFirst()));
        });
        // Read in one go, again if the list is re-rendered while it is read (a stale element).
        List<String> order = wait.until(d -> {
            List<String> articles = new ArrayList<>();
            for (WebElement hit : d.findElements(By.cssSelector("#results .hit"))) {
                String article = articleOf(hit);
                if (!articles.contains(article)) articles.add(article);
            }
            return articles.size() >= 4 ? articles : null;
        });
        assertEquals(List.of("lh-2016", "lh-2010", "lh-2004", "lh-undated"), order, "newest first, the undated story last");
        List<String> firstDate = wait.until(d -> {
            List<WebElement> dates = d.findElements(By.cssSelector("#results .hit time.hit-date"));
            return dates.isEmpty() ? null : List.of(dates.getFirst().getDomAttribute("datetime"), dates.getFirst().getText());
        });
        assertEquals("2016-10-12", firstDate.get(0));
        assertTrue(firstDate.get(1).contains("2016"), firstDate.get(1));

        browser.navigate().refresh();
        wait.until(d -> "newest".equals(new org.openqa.selenium.support.ui.Select(d.findElement(By.id("sort")))
                .getFirstSelectedOption().getDomAttribute("value")));

        WebElement keepers = wait.until(d -> d.findElements(By.cssSelector("#results .hit")).stream()
                .filter(h -> "lh-2004".equals(articleOf(h)) && h.getDomAttribute("class").contains("hit-quote"))
                .findFirst().orElse(null));
        keepers.click();
        WebElement meta = wait.until(d -> {
            WebElement m = d.findElement(By.id("context-meta"));
            return m.findElements(By.tagName("a")).isEmpty() ? null : m;
        });
        assertEquals("2004-01-05", meta.findElement(By.tagName("time")).getDomAttribute("datetime"));
        assertTrue(meta.getText().contains("Rosa Vey"), meta.getText());
        assertEquals("https://news.example.org/lh-2004", meta.findElement(By.tagName("a")).getDomAttribute("href"));
        List<String> marks = texts(browser.findElements(By.cssSelector("#context-body mark.query")));
        assertTrue(marks.size() >= 2 && marks.stream().allMatch(m -> m.toLowerCase(Locale.ROOT).startsWith("lighthouse")),
                "the query's words are marked in the article: " + marks);
        assertTrue(texts(browser.findElements(By.cssSelector("#context-body .said-by"))).contains("Ada Brant"),
                "the quote shows its speaker in the article");
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath().toFile()
                .renameTo(SCREENSHOTS.resolve("article-dates.png").toFile());
        browser.findElement(By.id("context-close")).click();

        browser.get(base + "?q=lighthouse&sort=newest");
        WebElement forSale = wait.until(d -> d.findElements(By.cssSelector("#results .hit")).stream()
                .filter(h -> "lh-2010".equals(articleOf(h))).findFirst().orElse(null));
        forSale.click();
        wait.until(d -> !d.findElement(By.id("context-meta")).findElements(By.tagName("time")).isEmpty());
        assertTrue(browser.findElement(By.id("context-meta")).findElements(By.tagName("a")).isEmpty(),
                "a javascript: address is never made a link");
        browser.findElement(By.id("context-close")).click();
    }

    @Test
    void typingPartOfANameSuggestsTheSpeakerAndAClickListsAllTheirQuotes() {
        browser.get(base);
        browser.findElement(By.id("q")).sendKeys("stewar");
        WebElement chip = wait.until(d -> d.findElements(By.cssSelector("#suggest .speaker-chip")).stream()
                .filter(c -> c.getText().startsWith("Kristen Stewart")).findFirst().orElse(null));
        int quotes = Integer.parseInt(chip.findElement(By.className("count")).getText().replace(",", ""));
        assertTrue(quotes >= 2, "her quote count: " + chip.getText());
        chip.click();
        wait.until(d -> d.getCurrentUrl().contains("speaker=Kristen+Stewart") && d.getCurrentUrl().contains("type=quote"));
        wait.until(d -> d.findElements(By.cssSelector("#results .hit")).size() == quotes);
        assertTrue(browser.findElements(By.cssSelector("#results .hit")).stream()
                .allMatch(h -> h.getText().contains("Kristen Stewart")), "only her quotes");
        assertEquals("", browser.findElement(By.id("q")).getDomProperty("value"));
    }

    @Test
    void aQuoteRunInTwoStoriesIsShownOnceSayingWhereElseItAppears() {
        browser.get(base + "?q=" + "harbour+wall&type=quote");
        WebElement hit = wait.until(d -> d.findElements(By.cssSelector("#results .hit-quote")).stream().findFirst().orElse(null));
        wait.until(d -> d.findElements(By.cssSelector("#results .hit-quote")).size() == 1);
        WebElement also = hit.findElement(By.className("also-in"));
        assertEquals("Also in 1 other article", also.getText());
        String shown = articleOf(hit);
        assertEquals(shown.equals("harbour-1") ? "harbour-2" : "harbour-1", also.getDomAttribute("title"));
    }

    @Test
    void aStoryRepublishedWithAWordChangedShowsItsQuoteOnceAndItsArticleLinksToTheOtherCopy() {
        browser.get(base + "?q=" + "carried+water&type=quote");
        // The hit, read in one go (again if the list is re-rendered meanwhile): how many, what it says, its article.
        List<String> read = wait.until(d -> {
            List<WebElement> hits = d.findElements(By.cssSelector("#results .hit-quote"));
            return hits.isEmpty() ? null : List.of(String.valueOf(hits.size()),
                    hits.getFirst().findElement(By.className("also-in")).getText(), articleOf(hits.getFirst()));
        });
        assertEquals("1", read.get(0));
        assertEquals("Also in 1 other article", read.get(1));
        String shown = read.get(2);
        WebElement hit = browser.findElement(By.cssSelector("#results .hit-quote"));
        String other = shown.equals("ferry-1") ? "ferry-2" : "ferry-1";
        hit.click();
        WebElement copies = wait.until(d -> d.findElements(By.cssSelector("#context-meta .near-copies")).stream().findFirst().orElse(null));
        assertEquals("Also published as " + other, copies.getText());
        copies.findElement(By.tagName("button")).click();
        String title = other.equals("ferry-1") ? "Island ferry to stop" : "Kell Island loses its ferry";
        wait.until(d -> title.equals(d.findElement(By.id("context-title")).getText()));
        wait.until(d -> d.findElement(By.cssSelector("#context-meta .near-copies")).getText().equals("Also published as " + shown));
    }

    @Test
    void aMisrememberedQuoteIsFoundAndThePageSaysMostOfTheWordsMatched() {
        browser.get(base + "?q=" + "we+were+really+worried+about+getting+the+music+right");
        WebElement first = wait.until(d -> d.findElements(By.cssSelector("#results .hit")).stream().findFirst().orElse(null));
        assertTrue(first.getText().contains("getting the music right"), "the quote as Stewart said it: " + first.getText());
        assertTrue(browser.findElement(By.id("status")).getText().contains("most of"), browser.findElement(By.id("status")).getText());
    }

    private static String articleOf(WebElement hit) {
        String id = hit.getDomAttribute("data-id");
        return id == null ? null : id.substring(0, id.indexOf('#'));
    }

    @Test
    void typingCherryBombShowsHighlightedQuotesThenTheQuotesTabThenAHitInItsArticle() throws IOException {
        browser.get(base);
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("cherry bomb");

        wait.until(d -> !d.findElements(By.cssSelector("#results .hit-quote mark")).isEmpty());
        assertTrue(browser.getCurrentUrl().contains("q=cherry+bomb"), "the URL holds the search: " + browser.getCurrentUrl());
        List<String> marked = texts(browser.findElements(By.cssSelector("#results .hit-quote mark")));
        assertTrue(marked.stream().anyMatch(m -> m.toLowerCase(Locale.ROOT).contains("cherry")), "marked: " + marked);
        assertTrue(texts(browser.findElements(By.cssSelector("#results .hit-quote .hit-text")))
                .stream().anyMatch(t -> t.contains("ch-ch-ch-ch-cherry bomb")), "the review quote from the seed article");
        int quotesOnTab = count(tab("quote"));
        assertTrue(quotesOnTab >= 2, "the Quotes tab counts the quotes: " + quotesOnTab);
        assertTrue(count(tab("paragraph")) >= 1, "and the paragraphs");

        tab("quote").click();
        wait.until(d -> d.getCurrentUrl().contains("type=quote")
                && d.findElements(By.cssSelector("#results .hit:not(.hit-quote)")).isEmpty()
                && d.findElements(By.cssSelector("#results .hit-quote")).size() == quotesOnTab);
        assertEquals("true", tab("quote").getDomAttribute("aria-pressed"));
        assertFalse(browser.findElements(By.cssSelector("#results .hit-speaker .speaker")).isEmpty(), "quotes show their speaker");

        WebElement first = browser.findElements(By.cssSelector("#results .hit-quote")).getFirst();
        String hitText = first.findElement(By.cssSelector(".hit-text")).getText();
        String hitTitle = first.findElement(By.cssSelector(".hit-title")).getText();
        first.click();
        wait.until(d -> !d.findElements(By.cssSelector("#context-body mark.in-context")).isEmpty());
        WebElement inContext = browser.findElement(By.cssSelector("#context-body mark.in-context"));
        assertTrue(hitText.contains(inContext.getText()) || inContext.getText().contains(stripQuotes(hitText)),
                "the hit is marked in its paragraph: " + inContext.getText() + " / " + hitText);
        assertEquals(hitTitle, browser.findElement(By.id("context-title")).getText());
        assertTrue(browser.findElements(By.cssSelector("#context-body .block")).size() > 3, "the whole article is shown");
        assertTrue(inContext.isDisplayed(), "scrolled into view");
        screenshot("search-page.png");

        browser.findElement(By.id("context-close")).click();
        browser.navigate().back();
        wait.until(d -> !d.getCurrentUrl().contains("type=quote"));
        wait.until(d -> "true".equals(tab("").getDomAttribute("aria-pressed"))
                && !d.findElements(By.cssSelector("#results .hit-paragraph")).isEmpty());
        browser.navigate().forward();
        wait.until(d -> "true".equals(tab("quote").getDomAttribute("aria-pressed"))
                && d.findElements(By.cssSelector("#results .hit-paragraph")).isEmpty());
    }

    @Test
    void aLinkOpensTheSameResultsAndClickingASpeakerFiltersByThem() {
        browser.get(base + "?q=%22cherry+bomb%22&type=quote");
        wait.until(d -> !d.findElements(By.cssSelector("#results .hit-quote")).isEmpty());
        assertEquals("\"cherry bomb\"", browser.findElement(By.id("q")).getDomProperty("value"));
        assertEquals("true", tab("quote").getDomAttribute("aria-pressed"));

        WebElement speaker = browser.findElement(By.cssSelector("#results .hit-speaker .speaker"));
        String name = speaker.getText();
        speaker.click();
        wait.until(d -> d.getCurrentUrl().contains("speaker="));
        wait.until(d -> d.findElement(By.id("filters")).getText().contains(name));
        for (WebElement who : browser.findElements(By.cssSelector("#results .hit-speaker .speaker"))) {
            assertEquals(name, who.getText());
        }
    }

    @Test
    void aSpeakerCreditedFromAPronounSaysSoOnHoverInTheHitAndBesideTheQuoteInItsArticle() throws IOException {
        // The bundled robot-garden sample: "…not abstract any more," she said — she being Priya Raman.
        browser.get(base + "?q=fractions+abstract&type=quote");
        wait.until(d -> !d.findElements(By.cssSelector("#results .hit-quote .hit-speaker .speaker")).isEmpty());
        WebElement hit = browser.findElement(By.cssSelector("#results .hit-quote"));
        WebElement speaker = hit.findElement(By.cssSelector(".hit-speaker .speaker"));
        assertEquals("Priya Raman", speaker.getText());
        String title = speaker.getDomAttribute("title");
        assertTrue(title.startsWith("Credited from “she”"), "the hover says why: " + title);
        assertTrue(title.contains("Only quotes by Priya Raman"), "and what a click does: " + title);

        hit.click();
        WebElement quote = wait.until(d -> d.findElements(By.cssSelector("#context-body mark.in-context")).stream().findFirst().orElse(null));
        WebElement beside = (WebElement) ((JavascriptExecutor) browser).executeScript(
                "let e = arguments[0].nextSibling;"
                        + " while (e && e.nodeType === Node.TEXT_NODE && /^[,.;:!?…\"'”’]*$/.test(e.textContent)) e = e.nextSibling;"
                        + " return e;", quote);
        assertNotNull(beside, "something follows the marked quote");
        assertEquals("said-by credited", beside.getDomAttribute("class"));
        assertEquals("Priya Raman", beside.getText());
        assertEquals("Credited from “she”", beside.getDomAttribute("title"));
        WebElement mention = browser.findElement(By.cssSelector("#context-body .mention"));
        assertEquals("she", mention.getText(), "the words the speaker was credited from are marked in the article");
        assertEquals("Taken to mean Priya Raman", mention.getDomAttribute("title"));
        List<String> namedInArticle = texts(browser.findElements(By.cssSelector("#context-body .said-by")));
        assertTrue(namedInArticle.contains("Leo Fischer"), "every quote shows its speaker: " + namedInArticle);
        screenshot("article-speakers.png");
        browser.findElement(By.id("context-close")).click();
    }

    @Test
    void theMostQuotedSpeakersAreOfferedAsFilters() {
        browser.get(base + "?q=music");
        wait.until(d -> !d.findElements(By.cssSelector("#speakers .speaker-chip")).isEmpty());
        WebElement chip = browser.findElement(By.cssSelector("#speakers .speaker-chip"));
        String name = chip.getText().replaceAll("\\s*[\\d,]+$", "");
        chip.click();
        wait.until(d -> d.getCurrentUrl().contains("speaker=") && d.getCurrentUrl().contains("type=quote"));
        wait.until(d -> d.findElement(By.id("filters")).getText().contains(name));
        assertTrue(browser.findElement(By.id("speakers")).getDomAttribute("hidden") != null, "the chips give way to the filter");
        List<WebElement> who = browser.findElements(By.cssSelector("#results .hit-speaker .speaker"));
        assertFalse(who.isEmpty());
        for (WebElement w : who) assertEquals(name, w.getText());
    }

    @Test
    void slashFocusesTheBoxAndEnterSearchesAtOnce() {
        browser.get(base);
        browser.findElement(By.tagName("main")).click();
        browser.findElement(By.tagName("body")).sendKeys("/");
        assertEquals("q", browser.switchTo().activeElement().getDomAttribute("id"));
        browser.switchTo().activeElement().sendKeys("robot" + Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().contains("q=robot") && !d.findElements(By.cssSelector("#results .hit")).isEmpty());
    }

    @Test
    void moreResultsAppendsTheNextPage() {
        browser.get(base + "?q=the");
        wait.until(d -> d.findElements(By.cssSelector("#results .hit")).size() == 20);
        int total = count(tab(""));
        assertTrue(total > 20, "enough hits for a second page: " + total);
        WebElement more = browser.findElement(By.id("more"));
        assertTrue(more.isDisplayed());
        String firstId = browser.findElement(By.cssSelector("#results .hit")).getDomAttribute("data-id");
        more.click();
        wait.until(d -> d.findElements(By.cssSelector("#results .hit")).size() == Math.min(40, total));
        assertEquals(firstId, browser.findElement(By.cssSelector("#results .hit")).getDomAttribute("data-id"), "appended, not replaced");
        List<String> ids = new ArrayList<>();
        browser.findElements(By.cssSelector("#results .hit")).forEach(e -> ids.add(e.getDomAttribute("data-id")));
        assertEquals(ids.size(), ids.stream().distinct().count(), "no hit twice");
        assertEquals(total <= 40, !browser.findElement(By.id("more")).isDisplayed(), "the button goes when all are shown");
    }

    @Test
    void noResultsSaysSoAndOffersToDropTheFilters() {
        browser.get(base + "?q=pigeons&type=caption");
        wait.until(d -> d.findElement(By.id("status")).getText().contains("No results"));
        browser.findElement(By.cssSelector("#status button")).click();
        wait.until(d -> !d.getCurrentUrl().contains("type=") && !d.findElements(By.cssSelector("#results .hit")).isEmpty());
    }

    @Test
    void aRefusedQueryShowsTheServersReasonNotABlankPage() {
        browser.get(base + "?q=" + "a".repeat(1001));
        wait.until(d -> d.findElement(By.id("status")).getText().contains("too long"));
        assertTrue(browser.findElements(By.cssSelector("#results .hit")).isEmpty());
    }

    @Test
    void markupInArticlesIsShownAsTextAndNeverRuns() {
        browser.get(base + "?q=onerror+OR+script+OR+javascript");
        wait.until(d -> !d.findElements(By.cssSelector("#results .hit")).isEmpty());
        String shown = String.join("\n", texts(browser.findElements(By.cssSelector("#results .hit-text"))));
        assertTrue(shown.contains("<img src=x onerror="), "the tag is shown as text: " + shown);
        assertTrue(shown.contains("<script>"), shown);
        assertTrue(browser.findElements(By.cssSelector("#results img, #results script, #results a")).isEmpty(),
                "no element was made from article text");
        browser.findElement(By.cssSelector("#results .hit")).click();
        wait.until(d -> d.findElement(By.id("context-body")).getText().contains("<script>"));
        assertTrue(browser.findElements(By.cssSelector("#context-body img, #context-body script, #context-body a")).isEmpty());
        assertEquals(null, ((JavascriptExecutor) browser).executeScript("return window.pwned === undefined ? null : window.pwned"));
    }

    @Test
    void onAPhoneSizedScreenNothingSpillsSideways() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "?q=cherry+bomb");
        wait.until(d -> !d.findElements(By.cssSelector("#results .hit")).isEmpty());
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(((Number) overflow).intValue() <= 0, "horizontal overflow: " + overflow + "px");
        screenshot("search-page-phone.png");
    }

    private static WebElement tab(String type) {
        return browser.findElement(By.cssSelector("#tabs button[data-type='" + type + "']"));
    }

    private static int count(WebElement tab) {
        String n = tab.findElement(By.cssSelector(".count")).getText().replace(",", "");
        return n.isEmpty() ? -1 : Integer.parseInt(n);
    }

    private static List<String> texts(List<WebElement> elements) {
        List<String> out = new ArrayList<>();
        elements.forEach(e -> out.add(e.getText()));
        return out;
    }

    private static String stripQuotes(String quote) {
        return quote.replaceAll("^[“\"]|[”\"]$", "");
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
