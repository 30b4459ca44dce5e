package org.articlesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.articlesearch.model.Article;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Speakers suggested by name with their quote counts, and a surname alone merged into the one full name it can be. */
class SpeakerSuggestionsTest {
    private ArticleSearch search;

    @BeforeEach
    void index() {
        search = ArticleSearch.inMemory();
        search.add(Article.of("leeds", "Leeds speech", "\"We will not waver on this, not for a moment,\" said Tony Blair.\n\n"
                + "\"The country expects us to finish the job we started,\" said Tony Blair."));
        search.add(Article.of("budget", "Budget row", "\"The budget is fair to every family in the land,\" Blair said."));
        search.add(Article.of("clintons", "Two Clintons", "\"Health care is a right for every citizen here,\" said Hillary Clinton.\n\n"
                + "\"I was proud of that budget and the surplus it left,\" said Bill Clinton."));
        search.add(Article.of("rally", "Rally", "\"We are going to win this state in November,\" Clinton said."));
        search.add(Article.of("blairs", "Other people", "\"The trains will run on time from next spring,\" said Dana Blake."));
        search.commit();
    }

    @AfterEach
    void close() throws Exception {
        search.close();
    }

    @Test
    void typingPartOfANameSuggestsTheSpeakerWithAllTheirQuotesTheSurnameAloneIncluded() {
        List<SpeakerCount> found = search.speakers("blair", 5);
        assertEquals(List.of(new SpeakerCount("Tony Blair", 3)), found, "Blair alone is the index's only Blair");
        assertEquals(List.of(new SpeakerCount("Tony Blair", 3)), search.speakers("tony bl", 5));
        assertEquals(List.of(new SpeakerCount("Dana Blake", 1)), search.speakers("blak", 5));
    }

    @Test
    void aSurnameTwoFullNamesShareStaysItself() {
        List<String> names = search.speakers("clinton", 5).stream().map(SpeakerCount::name).toList();
        assertEquals(3, names.size(), names.toString());
        assertTrue(names.containsAll(List.of("Hillary Clinton", "Bill Clinton", "Clinton")), names.toString());
    }

    @Test
    void theSpeakerFacetCountsASurnameAloneUnderItsFullNameAndItsFilterFindsThoseQuotesToo() {
        SearchResult all = search.search(SearchRequest.of("").withTypes(org.articlesearch.model.PassageType.QUOTE)
                .withArticle(null).withSpeaker("Tony Blair"));
        assertEquals(3, all.total(), "the two Leeds quotes and the budget one, said by Blair");
        SearchResult budget = search.search(SearchRequest.of("budget"));
        assertEquals(1L, budget.facets().speaker().get("Tony Blair"), budget.facets().speaker().toString());
        assertTrue(!budget.facets().speaker().containsKey("Blair"), budget.facets().speaker().toString());
    }
}
