package org.articlesearch;

import static org.articlesearch.SearchTestSupport.find;
import static org.articlesearch.SearchTestSupport.indexOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.articlesearch.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The order of hits. */
class RankingTest {
    private ArticleSearch search;

    @AfterEach
    void close() {
        if (search != null) search.close();
    }

    @Test
    void wordsStandingTogetherRankAboveScatteredWords() {
        search = indexOf(
                Article.of("scattered", "One", "The bomb squad found a cherry in the crate."),
                Article.of("together", "Two", "The band played Cherry Bomb in the crate."));
        assertEquals(List.of("together", "scattered"), find(search, "cherry bomb"));
    }

    @Test
    void aTitleMatchCountsLessThanATextMatch() {
        search = indexOf(
                Article.of("title", "Volcano erupts", "Residents left their homes overnight."),
                Article.of("text", "Island news", "The volcano erupted overnight."));
        assertEquals(List.of("text", "title"), find(search, "volcano"));
    }
}
