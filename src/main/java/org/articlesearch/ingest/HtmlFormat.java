package org.articlesearch.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * HTML pages: the article that {@link ArticleExtractor} finds in the page, its blocks joined by
 * blank lines into the article text that offsets index.
 */
final class HtmlFormat {
    private HtmlFormat() {
    }

    static Article read(String id, String source, String html) throws UnreadableInputException {
        Document doc = Jsoup.parse(html);
        HtmlArticle found = ArticleExtractor.extract(doc);
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (HtmlArticle.Part p : found.parts()) {
            if (!text.isEmpty()) text.append("\n\n");
            int start = text.length();
            text.append(p.text());
            blocks.add(new Block(start, text.length(), p.kind(), p.speaker()));
        }
        if (blocks.isEmpty()) {
            throw new UnreadableInputException("no article text in the HTML");
        }
        PageMetadata m = found.metadata();
        return new Article(id, m.title(), text.toString(), blocks, source, m.url(), m.published(), m.author());
    }
}
