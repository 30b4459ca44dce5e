package org.articlesearch.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.articlesearch.Shared;
import org.articlesearch.ingest.ArticleInputs;
import org.articlesearch.model.Article;
import org.articlesearch.model.Passage;
import org.articlesearch.model.PassageType;
import org.junit.jupiter.api.Test;

/**
 * The people tracking stops after the last quote's paragraph and the one after it: the passages, and every
 * speaker, are those of reading the whole article.
 */
class PeopleTrackingExtentTest {
    @Test
    void everySpeakerOfBbcAndPolnearIsTheOneReadingTheWholeArticleGives() {
        List<Article> articles = new ArrayList<>();
        ArticleInputs.Plan plan = ArticleInputs.scan(List.of(Shared.require(Shared.path("corpus/bbc")),
                Shared.require(Shared.path("corpus/polnear-dev/text"))));
        ArticleInputs reader = new ArticleInputs();
        for (ArticleInputs.InputFile f : plan.files()) reader.read(f, articles::add, s -> { });
        ArticleSplitter splitter = new ArticleSplitter();
        ArticleSplitter wholeArticle = new ArticleSplitter(true);
        int quotes = 0, speakers = 0;
        for (Article a : articles) {
            List<Passage> read = splitter.split(a);
            List<Passage> reference = wholeArticle.split(a);
            assertEquals(reference.stream().map(PeopleTrackingExtentTest::brief).toList(), read.stream().map(PeopleTrackingExtentTest::brief).toList(), a.id());
            assertEquals(reference, read, a.id());
            for (Passage p : read) {
                if (p.type() != PassageType.QUOTE) continue;
                quotes++;
                if (p.speaker() != null) speakers++;
            }
        }
        // (The corpora were read, and quote people by the thousand.)
        assertTrue(articles.size() > 2_300 && quotes > 9_000 && speakers > 7_500, articles.size() + " articles, " + quotes + " quotes, " + speakers + " speakers");
    }

    private static String brief(Passage p) {
        return p.type() + " " + p.start() + "-" + p.end() + (p.speaker() == null ? "" : " " + p.speaker() + " (" + p.speakerMention() + ")");
    }
}
