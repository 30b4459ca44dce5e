package org.articlesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.articlesearch.model.Article;
import org.articlesearch.model.Hit;
import org.articlesearch.model.PassageType;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story republished with a line changed is found to be a near copy when it is indexed: its
 * passages come back with the original's as one hit, even the ones where a word differs.
 */
class NearCopiesTest {
    private static final String STORY = """
            The city council voted on Tuesday night to close the old swimming baths on Mill Lane after a
            survey found the roof beyond repair and the boilers more than forty years old.

            "We have kept these baths open for as long as we safely could, and nobody on this council wanted to be the one to close them," said Margaret Holloway, who chairs the leisure committee.

            Residents had gathered more than three thousand signatures asking for the building to be saved,
            and a campaign group has promised to keep raising money for a new pool on the same site.

            The baths first opened in 1934 and taught generations of local children to swim. Their last
            public session will be held at the end of next month, the council said in a statement.
            """;

    /**
     * The same story as another paper ran it: a new headline, one word of the quote changed, a few
     * words added to the last paragraph, and the campaign's paragraph written anew.
     */
    private static final String REPUBLISHED = STORY
            .replace("nobody on this council wanted", "nobody on the council wanted")
            .replace("end of next month", "end of next month, with free entry for everyone")
            .replace("""
                    Residents had gathered more than three thousand signatures asking for the building to be saved,
                    and a campaign group has promised to keep raising money for a new pool on the same site.""", """
                    A petition from residents failed to change any minds; its organisers now want a modern pool
                    built where the baths stand, and say they will fund it themselves.""");

    private static final String OTHER = """
            The county council said on Wednesday that the new library on Station Road would open in the spring,
            a year later than planned, after builders found old mine workings under the car park.

            "Nobody wanted this delay, but the ground had to be made safe before anyone could use the building," said Peter Ames, the council's head of property.

            The library will have a cafe, a children's room and space for evening classes, and the old branch
            in the market square will stay open until the move, the council said in a statement.
            """;

    private static final Article ORIGINAL = Article.of("baths-1", "Old baths to close", STORY);
    private static final Article COPY = Article.of("baths-2", "Council shuts Mill Lane baths", REPUBLISHED);
    private static final Article UNRELATED = Article.of("library", "Library opening delayed", OTHER);

    @Test
    void aRepublishedStoryFoundByARebuildShowsItsChangedQuoteOnce(@TempDir Path dir) throws Exception {
        try (Rebuild rebuild = ArticleSearch.rebuild(dir)) {
            rebuild.add(ORIGINAL);
            rebuild.add(COPY);
            rebuild.add(UNRELATED);
            rebuild.commit();
        }
        try (ArticleSearch search = ArticleSearch.open(dir)) {
            assertChangedQuoteIsOneHit(search);
            assertFamilies(search);
        }
    }

    @Test
    void aRepublishedStoryAddedLaterIsFoundToo() {
        try (ArticleSearch search = ArticleSearch.inMemory()) {
            search.add(ORIGINAL);
            search.add(UNRELATED);
            search.commit();
            search.add(COPY); // compared with what is already in the index
            search.commit();
            assertChangedQuoteIsOneHit(search);
            assertFamilies(search);
        }
    }

    @Test
    void twoStoriesOnOneSubjectAreNotCopies() {
        try (ArticleSearch search = SearchTestSupport.indexOf(ORIGINAL, UNRELATED)) {
            assertNull(search.article("library").orElseThrow().nearCopies());
            SearchResult r = search.search(SearchRequest.of("council statement").withTypes(PassageType.PARAGRAPH));
            assertEquals(2, r.hits().size(), r.hits().toString());
            r.hits().forEach(h -> assertNull(h.alsoIn(), h.text()));
        }
    }

    private static void assertChangedQuoteIsOneHit(ArticleSearch search) {
        // The two versions of the quote differ by a word: one hit, which names the other article.
        SearchResult r = search.search(SearchRequest.of("baths safely").withTypes(PassageType.QUOTE));
        assertEquals(1, r.hits().size(), r.hits().toString());
        Hit quote = r.hits().getFirst();
        assertNotNull(quote.alsoIn(), "the near copy is named");
        String other = quote.articleId().equals("baths-1") ? "baths-2" : "baths-1";
        assertEquals(List.of(other), quote.alsoIn().articles());
        assertEquals(2, r.total(), "the total still counts both documents");
        // Ungrouped, both versions show, each as written.
        List<Hit> every = search.search(SearchRequest.of("baths safely").withTypes(PassageType.QUOTE).withGrouping(false)).hits();
        assertEquals(2, every.size());
        assertTrue(every.stream().anyMatch(h -> h.text().contains("nobody on the council")));
        // A few words added to a paragraph leave it the same paragraph; one written anew is another.
        List<Hit> endings = search.search(SearchRequest.of("public session").withTypes(PassageType.PARAGRAPH)).hits();
        assertEquals(1, endings.size(), endings.toString());
        List<Hit> campaign = search.search(SearchRequest.of("residents pool").withTypes(PassageType.PARAGRAPH)).hits();
        assertEquals(2, campaign.size(), campaign.toString());
        campaign.forEach(h -> assertNull(h.alsoIn(), h.text()));
    }

    private static void assertFamilies(ArticleSearch search) {
        assertEquals(List.of("baths-2"), search.article("baths-1").orElseThrow().nearCopies().articles());
        assertEquals(List.of("baths-1"), search.article("baths-2").orElseThrow().nearCopies().articles());
        assertNull(search.article("library").orElseThrow().nearCopies());
    }
}
