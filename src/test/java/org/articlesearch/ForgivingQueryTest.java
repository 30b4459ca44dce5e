package org.articlesearch;

import static org.articlesearch.SearchTestSupport.articleIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.articlesearch.model.Article;
import org.articlesearch.model.Hit;
import org.articlesearch.model.PassageType;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When a query's words together find too little: the documents with most of them, and what a user sees then. */
class ForgivingQueryTest {
    /**
     * Articles about other things, so that the words of a test are as rare as real words are: a
     * word in more than half of all passages does not count.
     */
    private static final List<Article> OTHER_NEWS = List.of(
            Article.of("rain", "Rain", "Heavy rain flooded roads across the county overnight."),
            Article.of("derby", "Derby", "United won the derby with a late header from a corner."),
            Article.of("shares", "Shares", "Shares in the retailer fell after a weak Christmas."),
            Article.of("museum", "Museum", "A new museum of maps opened its doors to visitors."),
            Article.of("rail", "Rail", "Commuters faced delays as signal failures hit rail services."),
            Article.of("vote", "Vote", "Councillors voted to keep the library open on Sundays."),
            Article.of("phone", "Phone", "The handset has a larger screen and a longer battery life."),
            Article.of("festival", "Festival", "Tickets for the summer festival sold out within hours."));

    private ArticleSearch search;

    @AfterEach
    void close() {
        if (search != null) search.close();
    }

    private void index(Article... articles) {
        List<Article> all = new ArrayList<>(OTHER_NEWS);
        all.addAll(List.of(articles));
        search = SearchTestSupport.indexOf(all.toArray(Article[]::new));
    }

    private SearchResult ask(String query) {
        return search.search(SearchRequest.of(query));
    }

    @Test
    void aMisrememberedQuoteIsFoundWithTheWordsItMatchesMarked() {
        index(Article.of("leeds", "Blair in Leeds",
                "Tony Blair spoke in Leeds.\n\n\"We will not waver on this, not for a single moment,\" he said."));
        SearchResult r = ask("we shall not waver on this for one moment");
        assertEquals(SearchResult.MOST, r.matched(), "no document has every word, so the search fell back");
        Hit first = r.hits().getFirst();
        assertEquals("quote", first.type());
        assertEquals("leeds", first.articleId());
        assertTrue(first.highlight().contains("<mark>waver</mark>"), first.highlight());
        assertTrue(first.highlight().contains("<mark>moment</mark>"), first.highlight());
    }

    @Test
    void aNaturalQuestionFindsTheArticleThatAnswersIt() {
        index(Article.of("deficit", "Budget deficit", "The chancellor said the budget deficit would shrink next year."),
                Article.of("budget", "Holiday budget", "Families plan a tighter holiday budget this year."));
        SearchResult r = ask("What did the chancellor say about the budget deficit?");
        assertEquals(SearchResult.MOST, r.matched());
        assertEquals(List.of("deficit"), articleIds(r), "the holiday budget matches one word only: two are the least");
    }

    @Test
    void documentsWithEveryWordComeBeforeThoseWithFewer() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            articles.add(Article.of("two" + i, "Two", "The ferry crossing was cancelled in the storm, storm and storm again."));
        }
        articles.add(Article.of("all", "All", "The ferry crossing resumed after the storm."));
        index(articles.toArray(Article[]::new));
        SearchResult r = ask("ferry storm resumed");
        assertEquals(SearchResult.MOST, r.matched());
        assertEquals(5, r.total());
        assertEquals("all", r.hits().getFirst().articleId());
    }

    @Test
    void aQueryWhoseWordsTogetherFillAPageIsNotRelaxed() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 10; i++) articles.add(Article.of("all" + i, "All", "The ferry crossing resumed after the storm."));
        for (int i = 0; i < 3; i++) articles.add(Article.of("two" + i, "Two", "The ferry crossing was cancelled in the storm."));
        index(articles.toArray(Article[]::new));
        SearchResult r = ask("ferry storm resumed");
        assertEquals(SearchResult.ALL, r.matched());
        assertEquals(10, r.total());
    }

    @Test
    void aTwoWordQueryThatMatchesNothingStaysEmpty() {
        index(Article.of("cherry", "Cherry", "A cherry tree in bloom."));
        SearchResult r = ask("cherry submarine");
        assertEquals(0, r.total());
        assertEquals(SearchResult.ALL, r.matched());
        assertTrue(r.hits().isEmpty());
    }

    @Test
    void aQuotedPhraseStaysAPhraseWhenMostWordsAreEnough() {
        index(Article.of("apart", "Shoot", "A cherry tree survived the bomb at the Runaways film shoot."),
                Article.of("together", "Opening", "The film opens with Cherry Bomb at full volume."));
        SearchResult r = ask("\"cherry bomb\" runaways film premiere");
        assertEquals(SearchResult.MOST, r.matched());
        assertEquals(List.of("together"), articleIds(r), "the words of the phrase apart do not match it");
        assertTrue(r.hits().getFirst().highlight().contains("<mark>Cherry Bomb</mark>"), r.hits().getFirst().highlight());
    }

    @Test
    void anExcludedWordStaysExcludedWhenMostWordsAreEnough() {
        index(Article.of("tree", "Tree", "A cherry pie cooled in the oven by the tree."),
                Article.of("pie", "Pie", "A cherry pie cooled in the oven."));
        SearchResult r = ask("cherry pie oven recipe -tree");
        assertEquals(SearchResult.MOST, r.matched());
        assertEquals(List.of("pie"), articleIds(r));
    }

    @Test
    void wordsJoinedByOrCountAsOneTermAndEitherWillDo() {
        index(Article.of("apple", "Apple", "Fresh apple juice in a glass."),
                Article.of("orange", "Orange", "Fresh orange juice in a glass."),
                Article.of("grape", "Grape", "Fresh grape juice in a glass."));
        SearchResult r = ask("fresh apple OR orange juice carton");
        assertEquals(SearchResult.MOST, r.matched());
        List<String> found = articleIds(r);
        assertEquals(List.of("apple", "orange"), found.subList(0, 2).stream().sorted().toList(), found::toString);
        assertEquals("grape", found.get(2), "two of the four terms is enough, but ranks below three");
    }

    @Test
    void theTotalAndTheCountsDescribeTheRelaxedSetWhicheverTypeIsShown() {
        index(Article.of("leeds", "Blair in Leeds",
                "Tony Blair spoke in Leeds about waver and moment.\n\n\"We will not waver on this, not for a single moment,\" he said."));
        String q = "we shall not waver on this for one moment";
        SearchResult all = ask(q);
        SearchResult quotes = search.search(SearchRequest.of(q).withTypes(PassageType.QUOTE));
        assertEquals(SearchResult.MOST, quotes.matched(), "the type tab does not change which set is shown");
        assertEquals(all.facets(), quotes.facets());
        assertEquals(all.total(), all.facets().type().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(quotes.facets().type().get("quote"), quotes.total());
        assertTrue(quotes.hits().stream().allMatch(h -> h.type().equals("quote")));
        assertFalse(quotes.hits().isEmpty());
    }
}
