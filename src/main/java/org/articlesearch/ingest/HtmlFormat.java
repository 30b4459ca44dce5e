package org.articlesearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.articlesearch.model.Article;
import org.articlesearch.model.Block;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.NodeTraversor;

/**
 * HTML pages: the article that {@link ArticleExtractor} finds in the page, its blocks joined by
 * blank lines into the article text that offsets index.
 */
final class HtmlFormat {
    /** The extractor walks the tree recursively; pages nested deeper than this get a thread with a stack to match. */
    private static final int DEEP = 400;
    private static final long STACK_BYTES_PER_LEVEL = 2048;

    private HtmlFormat() {
    }

    static Article read(String id, String source, String html) throws UnreadableInputException {
        Document doc = Jsoup.parse(html);
        int depth = depth(doc);
        HtmlArticle found = depth <= DEEP ? ArticleExtractor.extract(doc) : extractOnDeepStack(doc, depth);
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

    private static int depth(Document doc) {
        int[] max = {0};
        NodeTraversor.traverse((node, depth) -> max[0] = Math.max(max[0], depth), doc);
        return max[0];
    }

    private static HtmlArticle extractOnDeepStack(Document doc, int depth) {
        AtomicReference<HtmlArticle> found = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        long stack = Math.min(1L << 30, (8L << 20) + depth * STACK_BYTES_PER_LEVEL);
        Thread reader = new Thread(null, () -> {
            try {
                found.set(ArticleExtractor.extract(doc));
            } catch (Throwable e) {
                failed.set(e);
            }
        }, "deep-html-reader", stack);
        reader.start();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a deeply nested page", e);
        }
        if (failed.get() instanceof StackOverflowError overflow) throw overflow;
        if (failed.get() instanceof RuntimeException e) throw e;
        if (failed.get() != null) throw new IllegalStateException(failed.get());
        return found.get();
    }
}
