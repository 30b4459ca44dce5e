package org.articlesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.articlesearch.model.AlsoIn;
import org.articlesearch.model.Article;
import org.articlesearch.model.Hit;
import org.articlesearch.model.PassageType;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Copies of one text come back once, saying where else they appear. */
class GroupingTest {
    private ArticleSearch search;

    @BeforeEach
    void index() {
        search = ArticleSearch.inMemory();
        // One quote in three stories, written with other quotation marks, spaces and case; and one of its own.
        search.add(Article.of("wire", "Rates held", "\"Interest rates will stay where they are for now,\" said Ian Moss."));
        search.add(Article.of("paper", "Rates steady", "'Interest rates will stay where they are  for now', said Ian Moss."));
        search.add(Article.of("blog", "No change", "“INTEREST RATES will stay where they are for now,” said Ian Moss."));
        search.add(Article.of("other", "Rates to rise", "\"Interest rates will rise before the summer is out,\" said Ann Lee."));
        search.commit();
    }

    @AfterEach
    void close() throws Exception {
        search.close();
    }

    @Test
    void theSameQuoteInThreeStoriesIsOneHitThatNamesTheOtherTwo() {
        SearchResult r = search.search(SearchRequest.of("interest rates").withTypes(PassageType.QUOTE));
        List<Hit> hits = r.hits();
        assertEquals(2, hits.size(), hits.toString());
        Hit stay = hits.stream().filter(h -> h.text().toLowerCase().contains("stay")).findFirst().orElseThrow();
        AlsoIn also = stay.alsoIn();
        assertEquals(2, also.count());
        assertEquals(3, 1 + also.articles().size());
        assertEquals(false, also.articles().contains(stay.articleId()), "the other articles, not its own");
        assertNull(hits.stream().filter(h -> h.text().contains("rise")).findFirst().orElseThrow().alsoIn(), "a text of its own has none");
    }

    @Test
    void groupingTurnedOffShowsEveryCopy() {
        SearchResult r = search.search(SearchRequest.of("interest rates").withTypes(PassageType.QUOTE).withGrouping(false));
        assertEquals(4, r.hits().size());
        r.hits().forEach(h -> assertNull(h.alsoIn()));
    }

    @Test
    void theSecondPageStartsAfterTheGroupsOfTheFirst() {
        SearchRequest first = SearchRequest.of("interest rates").withTypes(PassageType.QUOTE).withLimit(1);
        String a = search.search(first).hits().getFirst().text();
        String b = search.search(first.withOffset(1)).hits().getFirst().text();
        assertEquals(false, a.equalsIgnoreCase(b), a + " / " + b);
    }
}
