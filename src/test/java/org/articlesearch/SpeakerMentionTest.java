package org.articlesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.articlesearch.model.Article;
import org.articlesearch.model.Hit;
import org.articlesearch.model.PassageType;
import org.articlesearch.model.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quote's hit says which words of the article its speaker was credited from, and where they are. */
class SpeakerMentionTest {
    private static final Article LEEDS = Article.of("leeds", "Blair in Leeds",
            "Tony Blair spoke in Leeds.\n\n\"We will not waver on this, not for a moment,\" he said.");

    @Test
    void aQuoteCreditedFromAPronounNamesTheSpeakerAndPointsAtThePronoun() {
        try (ArticleSearch search = SearchTestSupport.indexOf(LEEDS)) {
            List<Hit> hits = search.search(SearchRequest.of("waver").withTypes(PassageType.QUOTE)).hits();
            assertEquals(1, hits.size());
            Hit quote = hits.getFirst();
            assertEquals("Tony Blair", quote.speaker());
            assertEquals("he", quote.speakerMention());
            assertNotNull(quote.speakerStart());
            assertEquals("he", LEEDS.text().substring(quote.speakerStart(), quote.speakerEnd()));
            assertEquals(LEEDS.text().indexOf("he said"), quote.speakerStart().intValue(), "the pronoun after the quote");
        }
    }

    @Test
    void theArticleViewCarriesTheMentionOnItsQuoteAndNothingOnTheOtherDocuments() {
        try (ArticleSearch search = SearchTestSupport.indexOf(LEEDS)) {
            List<Hit> docs = search.article("leeds").orElseThrow().documents();
            Hit quote = docs.stream().filter(d -> d.type().equals("quote")).findFirst().orElseThrow();
            assertEquals("he", LEEDS.text().substring(quote.speakerStart(), quote.speakerEnd()));
            assertEquals("Tony Blair", quote.speaker());
            for (Hit d : docs) {
                if (d == quote) continue;
                assertNull(d.speakerMention(), d.id());
                assertNull(d.speakerStart(), d.id());
                assertNull(d.speakerEnd(), d.id());
            }
        }
    }

    @Test
    void aQuoteIndexedWithoutAMentionAsByAnOlderVersionHasNone(@TempDir Path dir) throws IOException {
        HandSplit.rebuild(dir, HandSplit.article("launch", "The launch", "“It was a perfect countdown,” said Ana Ruiz.")
                .quote("It was a perfect countdown,", "Ana Ruiz"));
        try (ArticleSearch search = ArticleSearch.openReadOnly(dir)) {
            Hit quote = search.search(SearchRequest.of("countdown")).hits().getFirst();
            assertEquals("Ana Ruiz", quote.speaker());
            assertNull(quote.speakerMention());
            assertNull(quote.speakerStart());
            assertNull(quote.speakerEnd());
        }
    }
}
