package org.articlesearch.ingest;

import org.articlesearch.model.Article;
import org.articlesearch.model.Block;
import org.articlesearch.model.BlockKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleExtractorTest {
    @TempDir
    Path dir;

    private static final String STORY = """
            <p>The city council voted on Tuesday to rebuild the old river bridge, ending a debate that has
            divided the town for almost a decade, and set aside twelve million for the work.</p>
            <p>Engineers had warned that the crossing, built in 1921, could not carry modern lorries for much
            longer, and the council closed it to heavy traffic last spring.</p>
            <p>Work will begin in March and should take two years, during which a ferry will carry people,
            bicycles and small cars across the river at no charge.</p>
            """;

    private static Article read(String html) throws UnreadableInputException {
        return HtmlFormat.read("page", "page.html", html);
    }

    private static List<String> blocks(Article a, BlockKind kind) {
        List<String> out = new ArrayList<>();
        for (Block b : a.blocks()) {
            if (b.kind() == kind) out.add(a.text().substring(b.start(), b.end()));
        }
        return out;
    }

    @Test
    void navigationSidebarsRelatedStoriesShareBoxesCommentsAdsCookieNoticesAndBylinesAreDropped() throws Exception {
        Article a = read("""
                <html><head><title>Council votes to rebuild the bridge | The Riverside Gazette</title>
                <meta name="author" content="Jane Doe"></head><body>
                <div class="cookie-notice">We use cookies to improve your experience. Accept all cookies?</div>
                <div class="masthead"><a href="/">The Riverside Gazette</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
                <div class="layout">
                  <div class="main-column">
                    <h1>Council votes to rebuild the bridge</h1>
                    <div class="story-byline">By Jane Doe, City Reporter</div>
                    <p><time datetime="2019-11-19">Nov. 19, 2019</time></p>
                    <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
                    <div class="story-body">
                """ + STORY + """
                      <div class="ad-slot">Advertisement</div>
                      <p>The mayor said the new bridge would last a hundred years.</p>
                      <div class="newsletter-box"><p>Get the morning briefing in your inbox every day, free.</p></div>
                    </div>
                    <ul class="more-links"><li><a href="/a">Schools to reopen after the floods, says the county</a></li>
                      <li><a href="/b">Ferry timetable for the winter months is published</a></li></ul>
                    <div id="comments"><h3>Comments</h3><p>I have driven over that bridge for forty years, and it was fine.</p></div>
                  </div>
                  <div class="sidebar"><h3>Most read</h3><p>A long sidebar item about something else entirely, with commas, and more, words.</p></div>
                </div>
                <footer><p>Copyright The Riverside Gazette. All rights reserved, everywhere, always.</p></footer>
                </body></html>
                """);
        assertEquals("Council votes to rebuild the bridge", a.title());
        assertEquals("Jane Doe", a.author());
        assertEquals("2019-11-19", a.published());
        List<String> body = blocks(a, BlockKind.BODY);
        assertEquals(4, body.size(), body.toString());
        assertTrue(body.get(0).startsWith("The city council voted on Tuesday"));
        assertEquals("The mayor said the new bridge would last a hundred years.", body.get(3));
        for (String gone : List.of("cookies", "Sport", "By Jane Doe", "Nov. 19", "Share on", "Advertisement",
                "morning briefing", "Schools to reopen", "forty years", "sidebar item", "Copyright")) {
            assertFalse(a.text().contains(gone), gone + " should be dropped: " + a.text());
        }
    }

    @Test
    void figcaptionsCaptionLikeSiblingsOfFiguresAndDescriptiveAltTextAreCaptions() throws Exception {
        Article a = read("<html><body><article>" + STORY + """
                <figure><img src="a.jpg" alt="photo"><figcaption>The bridge at dusk, seen from the east bank.</figcaption></figure>
                <p>Residents queued to see the plans on display at the town hall over the weekend, and most liked them.</p>
                <figure><img src="b.jpg"></figure>
                <div class="image-credit">Ferry passengers in 1950. Photo: Town archive</div>
                <p>The ferry last ran in 1950, when the present bridge was closed for repairs for a whole summer.</p>
                <p><img src="c.jpg" alt="Children wave from the ferry on its first day back"></p>
                </article></body></html>
                """);
        assertEquals(List.of("The bridge at dusk, seen from the east bank.", "Ferry passengers in 1950. Photo: Town archive",
                "Children wave from the ferry on its first day back"), blocks(a, BlockKind.CAPTION));
        assertEquals(5, blocks(a, BlockKind.BODY).size());
    }

    @Test
    void captionsThatDescribeNothingAndASecondCopyOfAPromotionAreDropped() throws Exception {
        Article a = read("<html><body><article>" + STORY + """
                <figure><img src="a.jpg"><figcaption>Advertisement</figcaption></figure>
                <figure><img src="b.jpg"><figcaption>The bridge at dusk, seen from the east bank.</figcaption></figure>
                <figure><img src="c.jpg"><figcaption>Caption Close</figcaption></figure>
                <p>Residents queued to see the plans on display at the town hall over the weekend, and most liked them.</p>
                <figure><img src="d.jpg"><figcaption>Photo: Dana Reyes, AP</figcaption></figure>
                <figure><img src="e.jpg"><figcaption>Jason Cole/ZDNet</figcaption></figure>
                <figure><img src="f.jpg"><figcaption>Get the Riverside Gazette app for the latest #news #ad</figcaption></figure>
                <p>The ferry last ran in 1950, when the present bridge was closed for repairs for a whole summer.</p>
                <figure><img src="g.jpg"><figcaption>Get the Riverside Gazette app for the latest #news #ad</figcaption></figure>
                <figure><img src="h.jpg"><figcaption>Getty Images</figcaption></figure>
                </article></body></html>
                """);
        assertEquals(List.of("The bridge at dusk, seen from the east bank.", "Get the Riverside Gazette app for the latest #news #ad"),
                blocks(a, BlockKind.CAPTION));
    }

    @Test
    void aCaptionThatNamesAPhotographerWhileSayingWhatIsShownIsKept() {
        assertEquals(false, CaptionBoilerplate.isBoilerplate("Ferry passengers in 1950. Photo: Town archive"));
        assertEquals(false, CaptionBoilerplate.isBoilerplate("Kyle Busch"));
        assertEquals(true, CaptionBoilerplate.isBoilerplate("Photograph by Jane Doe"));
        assertEquals(true, CaptionBoilerplate.isBoilerplate("(AP Photo/Evan Vucci)"));
    }

    @Test
    void blockquotesAreQuotesCreditedToTheirCite() throws Exception {
        Article a = read("<html><body><div class=\"post\">" + STORY + """
                <blockquote><p>We have waited long enough for this bridge.</p><footer>— <cite>Mary Smith, mayor</cite></footer></blockquote>
                <blockquote><p>It will change how the whole town gets to work.</p><p>— Tom Brown</p></blockquote>
                </div></body></html>
                """);
        List<Block> quotes = a.blocks().stream().filter(b -> b.kind() == BlockKind.QUOTE).toList();
        assertEquals(List.of("We have waited long enough for this bridge.", "It will change how the whole town gets to work."),
                blocks(a, BlockKind.QUOTE));
        assertEquals("Mary Smith", quotes.get(0).speaker().split(",")[0]);
        assertEquals("Tom Brown", quotes.get(1).speaker());
    }

    @Test
    void aLatin1PageDeclaredByItsMetaIsDecodedFromLatin1() throws IOException {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                + "<title>Caf\u00e9 society</title></head><body>" + STORY
                + "<p>The caf\u00e9 on the quay will stay open, its owner Ren\u00e9e said, &amp; so will the kiosk.</p></body></html>";
        Files.write(dir.resolve("latin.html"), html.getBytes(StandardCharsets.ISO_8859_1));
        List<Article> read = new ArrayList<>();
        ArticleInputs inputs = new ArticleInputs();
        for (ArticleInputs.InputFile f : ArticleInputs.scan(List.of(dir)).files()) inputs.read(f, read::add, s -> { });
        Article a = read.get(0);
        assertEquals("Caf\u00e9 society", a.title());
        assertTrue(a.text().contains("The caf\u00e9 on the quay will stay open, its owner Ren\u00e9e said, & so will the kiosk."), a.text());
    }

    @Test
    void aPageWithoutParagraphsIsReadFromItsDivsAndLineBreaks() throws Exception {
        Article a = read("""
                <html><body><div class="menu"><a href="/">Home</a> | <a href="/about">About</a></div>
                <div class="text">The council voted on Tuesday to rebuild the old river bridge, ending a long debate.<br>
                It set aside twelve million for the work.<br><br>
                Work will begin in March and should take two years, with a free ferry meanwhile, for everyone.
                <div>Engineers had warned that the crossing, built in 1921, could not carry modern lorries.</div></div>
                </body></html>
                """);
        assertEquals(List.of("The council voted on Tuesday to rebuild the old river bridge, ending a long debate.\n"
                        + "It set aside twelve million for the work.",
                "Work will begin in March and should take two years, with a free ferry meanwhile, for everyone.",
                "Engineers had warned that the crossing, built in 1921, could not carry modern lorries."),
                blocks(a, BlockKind.BODY));
    }

    @Test
    void aTitleOfStoryDashSiteNameGivesTheStoryNotTheSiteName() throws Exception {
        Article a = read("<html><head><title>Council votes to rebuild the bridge - Riverside Gazette</title></head>"
                + "<body><h1><a href=\"/\">Riverside Gazette</a></h1>" + STORY + "</body></html>");
        assertEquals("Council votes to rebuild the bridge", a.title());
        assertFalse(a.text().contains("Riverside Gazette"));
    }

    @Test
    void jsonLdNamesTheAuthorAndDateAndEntitiesAndSpacesAreNormalised() throws Exception {
        Article a = read("""
                <html><head><script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                {"@type": "WebSite", "name": "Gazette"},
                {"@type": "NewsArticle", "headline": "Bridge vote", "datePublished": "2019-11-19T08:00:00Z",
                 "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "Tom Roe"}]}]}</script></head>
                <body><p>Tolls &amp; fares      will\u00a0stay at &pound;1 &mdash; for now,
                the council said, and every other charge on the crossing will be dropped.</p>
                """ + STORY + "</body></html>");
        assertEquals("Bridge vote", a.title());
        assertEquals("Jane Doe, Tom Roe", a.author());
        assertEquals("2019-11-19T08:00:00Z", a.published());
        assertTrue(a.text().startsWith("Tolls & fares will stay at £1 — for now, the council said,"), a.text());
    }
}
