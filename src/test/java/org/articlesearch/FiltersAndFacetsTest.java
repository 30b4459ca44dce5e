package org.articlesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.articlesearch.model.Hit;
import org.articlesearch.model.PassageType;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Type, speaker and article filters, listings, and the counts beside the results. */
class FiltersAndFacetsTest {
    @TempDir
    Path dir;
    private ArticleSearch search;

    @BeforeEach
    void index() throws IOException {
        HandSplit.rebuild(dir,
                HandSplit.article("runaways", "The Runaways",
                                "“Cherry Bomb was our song,” said Kristen Stewart.\n\n"
                                + "The film follows the band's rise.\n\n"
                                + "“We were kids with guitars,” said Dakota Fanning.\n\n"
                                + "Stewart and Fanning on the set of the film.")
                        .quote("Cherry Bomb was our song,", "Kristen Stewart")
                        .paragraph("The film follows the band's rise.")
                        .quote("We were kids with guitars,", "Dakota Fanning")
                        .caption("Stewart and Fanning on the set of the film."),
                HandSplit.article("daily", "Daily Show", "“The song was a bomb,” said Jon Stewart.")
                        .quote("The song was a bomb,", "Jon Stewart"));
        search = ArticleSearch.openReadOnly(dir);
    }

    @AfterEach
    void close() {
        search.close();
    }

    @Test
    void aTypeFilterNarrowsTheHitsButNotTheTypeCounts() {
        SearchResult r = search.search(SearchRequest.of("film OR song").withTypes(PassageType.QUOTE));
        assertEquals(2, r.total());
        assertTrue(r.hits().stream().allMatch(h -> h.type().equals("quote")));
        assertEquals(Map.of("quote", 2L, "paragraph", 1L, "caption", 1L), r.facets().type());
    }

    @Test
    void typeCountsAlwaysNameEveryType() {
        SearchResult r = search.search(SearchRequest.of("guitars"));
        assertEquals(Map.of("quote", 1L, "paragraph", 0L, "caption", 0L), r.facets().type());
    }

    @Test
    void speakersAreCountedMostFrequentFirst() {
        SearchResult r = search.search(SearchRequest.of("").withTypes(PassageType.QUOTE));
        assertEquals(3, r.total());
        assertEquals(Map.of("Kristen Stewart", 1L, "Dakota Fanning", 1L, "Jon Stewart", 1L), r.facets().speaker());
    }

    @Test
    void speakerCountsAddUpAcrossSegmentsAndNameTheSpeakers() {
        try (ArticleSearch many = ArticleSearch.inMemory()) {
            // Each commit writes a segment; a speaker met in several must be counted once, in total.
            for (int batch = 0; batch < 3; batch++) {
                for (int i = 0; i < 2; i++) {
                    String speaker = i == 0 ? "Ana Ruiz" : "Bo Lee" + batch;
                    many.add(org.articlesearch.model.Article.of("a" + batch + i, "T",
                            "“The storm is coming,” said " + speaker + "."));
                }
                many.commit();
            }
            SearchResult r = many.search(SearchRequest.of("storm").withTypes(PassageType.QUOTE));
            assertEquals(6, r.total());
            assertEquals(List.of("Ana Ruiz", "Bo Lee0", "Bo Lee1", "Bo Lee2"), List.copyOf(r.facets().speaker().keySet()));
            assertEquals(List.of(3L, 1L, 1L, 1L), List.copyOf(r.facets().speaker().values()));
        }
    }

    @Test
    void aSpeakerFilterMatchesPartOfTheName() {
        SearchResult r = search.search(SearchRequest.of("song").withSpeaker("stewart"));
        assertEquals(2, r.total());
        assertEquals(List.of("Jon Stewart", "Kristen Stewart"), r.hits().stream().map(Hit::speaker).sorted().toList());
        assertEquals(0, search.search(SearchRequest.of("song").withSpeaker("Kristen Fanning")).total());
    }

    @Test
    void anEmptyQueryWithAnArticleFilterListsItsDocumentsInArticleOrder() {
        SearchResult r = search.search(SearchRequest.of("").withArticle("runaways"));
        assertEquals(4, r.total());
        assertEquals(List.of("runaways#0", "runaways#1", "runaways#2", "runaways#3"),
                r.hits().stream().map(Hit::id).toList());
        assertTrue(r.hits().stream().allMatch(h -> h.score() == 0f));
    }

    @Test
    void anArticleFilterKeepsOnlyThatArticle() {
        SearchResult r = search.search(SearchRequest.of("song").withArticle("daily"));
        assertEquals(List.of("daily#0"), r.hits().stream().map(Hit::id).toList());
    }

    @Test
    void anEmptyQueryWithoutFilterFindsNothing() {
        SearchResult r = search.search(SearchRequest.of("  OR - \""));
        assertEquals(0, r.total());
        assertEquals(List.of(), r.hits());
        assertEquals(Map.of("quote", 0L, "paragraph", 0L, "caption", 0L), r.facets().type());
    }

    @Test
    void offsetAndLimitPageThroughTheHits() {
        SearchRequest all = SearchRequest.of("").withArticle("runaways");
        List<String> page2 = search.search(all.withOffset(2).withLimit(2)).hits().stream().map(Hit::id).toList();
        assertEquals(List.of("runaways#2", "runaways#3"), page2);
        assertEquals(4, search.search(all.withLimit(0)).total());
    }

    @Test
    void theArticleViewShowsEveryDocumentInOrder() {
        ArticleView view = search.article("runaways").orElseThrow();
        assertEquals("The Runaways", view.title());
        assertEquals(List.of("quote", "paragraph", "quote", "caption"), view.documents().stream().map(Hit::type).toList());
        assertTrue(search.article("nope").isEmpty());
    }

    @Test
    void statsCountDocumentsByTypeAndArticles() {
        IndexStats stats = search.stats();
        assertEquals(5, stats.documents());
        assertEquals(2, stats.articles());
        assertEquals(Map.of("quote", 3L, "paragraph", 1L, "caption", 1L), stats.byType());
    }
}
