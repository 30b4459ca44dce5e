package org.articlesearch.search;

import java.io.IOException;
import java.util.function.IntFunction;
import org.apache.lucene.store.Directory;
import org.articlesearch.index.ArticleIndexWriter;
import org.articlesearch.model.Article;
import org.articlesearch.split.ArticleSplitter;

/** Indexes articles written by a test, split as the product splits them. */
final class GeneratedArticles {
    private GeneratedArticles() {
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
