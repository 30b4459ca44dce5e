package org.articlesearch.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.articlesearch.ingest.ArticleInputs;
import org.articlesearch.model.Article;
import org.articlesearch.model.Passage;
import org.articlesearch.split.ArticleSplitter;

/**
 * A corpus read and split in memory, in file order: the input of the baselines (which must not pay
 * for reading and splitting) and of the query generator.
 *
 * @param articles the articles
 * @param passages each article's documents, same order
 */
public record LoadedCorpus(List<Article> articles, List<List<Passage>> passages) {

    /** Reads every article file under {@code dir} and splits it. */
    public static LoadedCorpus read(Path dir) {
        ArticleInputs.Plan plan = ArticleInputs.scan(List.of(dir));
        ArticleInputs reader = new ArticleInputs();
        List<Article> articles = Collections.synchronizedList(new ArrayList<>());
        plan.files().parallelStream().forEachOrdered(f -> reader.read(f, articles::add, skipped -> { }));
        ArticleSplitter splitter = new ArticleSplitter();
        List<List<Passage>> passages = articles.parallelStream().map(splitter::split).toList();
        return new LoadedCorpus(List.copyOf(articles), passages);
    }

    /** Documents in all articles. */
    public long documents() {
        return passages.stream().mapToLong(List::size).sum();
    }

    /** UTF-8 bytes of all article texts. */
    public long textBytes() {
        long n = 0;
        for (Article a : articles) n += a.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        return n;
    }
}
