package org.articlesearch.split;

import org.articlesearch.model.Passage;
import org.articlesearch.model.PassageType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.articlesearch.Shared;
import org.articlesearch.model.Article;
import org.articlesearch.ingest.ArticleInputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article the product was designed around, read from ../shared as a user would point at it. */
class SeedArticleTest {
    static final Path SEED = Shared.path("corpus/seed/runaways.txt");
    private static List<Passage> passages;

    @BeforeAll
    static void split() {
        List<Article> articles = new ArrayList<>();
        ArticleInputs.Plan plan = ArticleInputs.scan(List.of(Shared.require(SEED)));
        new ArticleInputs().read(plan.files().get(0), articles::add, s -> {
            throw new AssertionError(s.toString());
        });
        passages = new ArticleSplitter().split(articles.get(0));
    }

    private static List<Passage> ofType(PassageType type) {
        return passages.stream().filter(p -> p.type() == type).toList();
    }

    @Test
    void theMusicQuoteIsAttributedToStewart() {
        Passage q = ofType(PassageType.QUOTE).stream()
                .filter(p -> p.text().startsWith("We both were really concerned about getting the music right"))
                .findFirst().orElseThrow();
        assertTrue(q.speaker().endsWith("Stewart"), q.speaker());
    }

    @Test
    void thePremierePhotoIsACaptionAndInNothingElse() {
        String caption = "Kristen Stewart with Joan Jett at Los Angeles Premiere of The Runaways.";
        assertTrue(ofType(PassageType.CAPTION).stream().anyMatch(p -> p.text().equals(caption)));
        for (Passage p : passages) {
            if (p.type() != PassageType.CAPTION) assertFalse(p.text().contains("Joan Jett at Los Angeles"), p.toString());
        }
    }

    @Test
    void songTitlesAndTheMicMoveAreNotQuotes() {
        for (Passage q : ofType(PassageType.QUOTE)) {
            assertFalse(q.text().equals("Hollywood") || q.text().equals("over the leg"), q.toString());
        }
        assertTrue(passages.stream().anyMatch(p -> p.text().contains("\"over the leg\"")), "still searchable in its paragraph");
    }

    @Test
    void theReviewQuoteKeepsTheNestedCherryBomb() {
        assertTrue(ofType(PassageType.QUOTE).stream().anyMatch(q -> q.text().contains("“ch-ch-ch-ch-cherry bomb”")));
    }

    @Test
    void theFilmReviewIsNotCreditedToAnActressItTalksAbout() {
        Passage q = ofType(PassageType.QUOTE).stream().filter(p -> p.text().startsWith("The soundtrack is a good mix"))
                .findFirst().orElseThrow();
        assertEquals(null, q.speaker(), "the review names Dakota Fanning; she is who it is about, not who wrote it");
    }

    @Test
    void theInterviewWithAnUnnamedSpeakerIsNotPinnedOnStewart() {
        Passage q = ofType(PassageType.QUOTE).stream().filter(p -> p.text().startsWith("I had two weeks with Kristen"))
                .findFirst().orElseThrow();
        assertEquals(null, q.speaker(), "she talks about Kristen, so she is not Kristen");
    }
}
