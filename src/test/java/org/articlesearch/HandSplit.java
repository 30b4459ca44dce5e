package org.articlesearch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.articlesearch.index.IndexRebuild;
import org.articlesearch.model.Article;
import org.articlesearch.model.Passage;
import org.articlesearch.model.PassageType;

/** Builds indexes from passages cut by hand, so tests of quotes and speakers do not depend on the splitter. */
public final class HandSplit {
    private final Article article;
    private final List<Passage> passages = new ArrayList<>();
    private int searchFrom;

    private HandSplit(Article article) {
        this.article = article;
    }

    /** An article whose passages will be cut by hand from {@code text}. */
    public static HandSplit article(String id, String title, String text) {
        return new HandSplit(Article.of(id, title, text));
    }

    public HandSplit quote(String text, String speaker) {
        return cut(PassageType.QUOTE, text, speaker);
    }

    public HandSplit paragraph(String text) {
        return cut(PassageType.PARAGRAPH, text, null);
    }

    public HandSplit caption(String text) {
        return cut(PassageType.CAPTION, text, null);
    }

    private HandSplit cut(PassageType type, String text, String speaker) {
        int start = article.text().indexOf(text, searchFrom);
        if (start < 0) throw new IllegalArgumentException("not in the article text: " + text);
        searchFrom = start + text.length();
        passages.add(new Passage(article.id() + "#" + passages.size(), article.id(), type, text, speaker,
                0, start, start + text.length()));
        return this;
    }

    /** Rebuilds the index in {@code dir} with exactly these articles. */
    public static void rebuild(Path dir, HandSplit... articles) throws IOException {
        try (IndexRebuild rebuild = IndexRebuild.start(dir)) {
            for (HandSplit a : articles) rebuild.add(a.article, a.passages);
            rebuild.commit();
        }
    }
}
