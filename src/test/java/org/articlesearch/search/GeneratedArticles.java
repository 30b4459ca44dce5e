package org.articlesearch.search;

import java.io.IOException;
import java.util.Random;
import java.util.function.IntFunction;
import org.apache.lucene.store.Directory;
import org.articlesearch.index.ArticleIndexWriter;
import org.articlesearch.model.Article;
import org.articlesearch.split.ArticleSplitter;

/** Indexes articles written by a test, split as the product splits them. */
final class GeneratedArticles {
    private static final String[] NEWS_WORDS = ("the minister said rates will rise and the bank said rates will stay "
            + "on hold while markets fell sharply after the vote").split(" ");

    private GeneratedArticles() {
    }

    /** A sentence of 6 to 15 words about rates and markets, drawn from a few, so that texts share words and repeat. */
    static String newsSentence(Random random) {
        StringBuilder s = new StringBuilder();
        int n = 6 + random.nextInt(10);
        for (int i = 0; i < n; i++) s.append(i == 0 ? "" : " ").append(NEWS_WORDS[random.nextInt(NEWS_WORDS.length)]);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    /** Articles "a0" … "a{count-1}", titled "Story N", with the text {@code text} gives for N; committed. */
    static void index(Directory dir, int count, IntFunction<String> text) throws IOException {
        try (ArticleIndexWriter w = ArticleIndexWriter.open(dir, "test")) {
            ArticleSplitter splitter = new ArticleSplitter();
            for (int a = 0; a < count; a++) {
                Article article = Article.of("a" + a, "Story " + a, text.apply(a));
                w.replace(article, splitter.split(article));
            }
            w.commit();
        }
    }
}
