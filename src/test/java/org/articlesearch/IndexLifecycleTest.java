package org.articlesearch;

import static org.articlesearch.SearchTestSupport.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.articlesearch.index.IndexBusyException;
import org.articlesearch.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding, replacing, deleting and rebuilding, and when searches see the changes. */
class IndexLifecycleTest {
    @TempDir
    Path dir;

    @Test
    void anIndexFromAnEarlierVersionIsRefusedWithTheCommandThatRebuildsIt() throws IOException {
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField("id", "a#0", Field.Store.YES));
            w.addDocument(doc);
            w.commit();
        }
        IOException e = assertThrows(IOException.class, () -> ArticleSearch.openReadOnly(dir));
        assertTrue(e.getMessage().contains("earlier version"), e.getMessage());
        assertTrue(e.getMessage().contains("article-search index --input ARTICLES --index " + dir), e.getMessage());
        assertThrows(IOException.class, () -> ArticleSearch.open(dir));
        try (Rebuild rebuild = ArticleSearch.rebuild(dir)) {
            rebuild.add(Article.of("a", "T", "The volcano woke up."));
            rebuild.commit();
        }
        try (ArticleSearch search = ArticleSearch.openReadOnly(dir)) {
            assertEquals(List.of("a"), find(search, "volcano"));
        }
    }

    @Test
    void changesBecomeVisibleAtCommit() {
        try (ArticleSearch search = ArticleSearch.inMemory()) {
            search.add(Article.of("a", "T", "The volcano woke up."));
            assertEquals(List.of(), find(search, "volcano"));
            search.commit();
            assertEquals(List.of("a"), find(search, "volcano"));
        }
    }

    @Test
    void addingAnArticleAgainReplacesIt() {
        try (ArticleSearch search = ArticleSearch.inMemory()) {
            search.add(Article.of("a", "T", "The volcano woke up.\n\nSmoke rose."));
            search.commit();
            search.add(Article.of("a", "T", "The glacier melted."));
            search.commit();
            assertEquals(List.of(), find(search, "volcano"));
            assertEquals(List.of("a"), find(search, "glacier"));
            assertEquals(1, search.stats().documents());
        }
    }

    @Test
    void aDeletedArticleIsGoneAfterCommit() {
        try (ArticleSearch search = ArticleSearch.inMemory()) {
            search.add(Article.of("a", "T", "The volcano woke up."));
            search.add(Article.of("b", "T", "Another volcano slept."));
            search.commit();
            search.delete("a");
            search.delete("never-indexed");
            search.commit();
            assertEquals(List.of("b"), find(search, "volcano"));
            assertEquals(1, search.stats().articles());
        }
    }

    @Test
    void openingAFolderWithoutIndexCreatesAnEmptyOneThatKeepsChanges() {
        Path folder = dir.resolve("new/index");
        try (ArticleSearch search = open(folder)) {
            assertEquals(0, search.stats().documents());
            search.add(Article.of("a", "T", "The volcano woke up."));
            search.commit();
        }
        try (ArticleSearch search = open(folder)) {
            assertEquals(List.of("a"), find(search, "volcano"));
        }
    }

    @Test
    void closeKeepsChangesThatWereNotCommitted() {
        try (ArticleSearch search = open(dir)) {
            search.add(Article.of("a", "T", "The volcano woke up."));
        }
        try (ArticleSearch search = open(dir)) {
            assertEquals(List.of("a"), find(search, "volcano"));
        }
    }

    @Test
    void aRebuildReplacesTheWholeIndexAndCountsWhatItAdded() throws IOException {
        try (Rebuild r = ArticleSearch.rebuild(dir)) {
            r.add(Article.of("old", "T", "The volcano woke up."));
            r.commit();
        }
        IndexStats stats;
        try (Rebuild r = ArticleSearch.rebuild(dir)) {
            r.add(Article.of("new", "T", "A glacier melted.\n\nThe sea rose."));
            stats = r.commit();
        }
        assertEquals(1, stats.articles());
        assertEquals(2, stats.documents());
        assertEquals(2L, stats.byType().get("paragraph"));
        try (ArticleSearch search = ArticleSearch.openReadOnly(dir)) {
            assertEquals(List.of(), find(search, "volcano"));
            assertEquals(List.of("new"), find(search, "glacier"));
        }
    }

    @Test
    void aRebuildClosedWithoutCommitLeavesThePreviousIndexSearchable() throws IOException {
        try (Rebuild r = ArticleSearch.rebuild(dir)) {
            r.add(Article.of("old", "T", "The volcano woke up."));
            r.commit();
        }
        try (Rebuild r = ArticleSearch.rebuild(dir)) {
            r.add(Article.of("new", "T", "A glacier melted."));
        }
        try (ArticleSearch search = ArticleSearch.openReadOnly(dir)) {
            assertEquals(List.of("old"), find(search, "volcano"));
            assertEquals(List.of(), find(search, "glacier"));
        }
    }

    @Test
    void aSecondRebuildOfTheSameFolderFailsClearly() throws IOException {
        try (Rebuild first = ArticleSearch.rebuild(dir)) {
            IndexBusyException e = assertThrows(IndexBusyException.class, () -> ArticleSearch.rebuild(dir));
            assertEquals("index " + dir + " is being written by another process", e.getMessage());
            first.add(Article.of("a", "T", "Still works."));
            first.commit();
        }
    }

    @Test
    void aReadOnlySearchSeesARebuildAfterRefresh() throws IOException {
        try (Rebuild r = ArticleSearch.rebuild(dir)) {
            r.add(Article.of("old", "T", "The volcano woke up."));
            r.commit();
        }
        try (ArticleSearch search = ArticleSearch.openReadOnly(dir)) {
            assertFalse(search.refresh());
            try (Rebuild r = ArticleSearch.rebuild(dir)) {
                r.add(Article.of("new", "T", "A glacier melted."));
                assertEquals(List.of("old"), find(search, "volcano"));
                r.commit();
            }
            assertEquals(List.of("old"), find(search, "volcano"));
            assertTrue(search.refresh());
            assertEquals(List.of(), find(search, "volcano"));
            assertEquals(List.of("new"), find(search, "glacier"));
        }
    }

    @Test
    void aReadOnlySearchRefusesChangesAndMissingIndexes() throws IOException {
        IndexNotFoundException e = assertThrows(IndexNotFoundException.class,
                () -> ArticleSearch.openReadOnly(dir.resolve("nothing")));
        assertTrue(e.getMessage().contains("no index in"), e.getMessage());
        try (Rebuild r = ArticleSearch.rebuild(dir)) {
            r.commit();
        }
        try (ArticleSearch search = ArticleSearch.openReadOnly(dir)) {
            assertThrows(IllegalStateException.class, () -> search.add(Article.of("a", "T", "Text.")));
        }
    }

    @Test
    void aSearchOnlyUserDoesNotBlockARebuild() throws IOException {
        try (ArticleSearch search = open(dir)) {
            find(search, "anything");
            try (Rebuild r = ArticleSearch.rebuild(dir)) {
                r.add(Article.of("a", "T", "The volcano woke up."));
                r.commit();
            }
            search.refresh();
            assertEquals(List.of("a"), find(search, "volcano"));
        }
    }

    private static ArticleSearch open(Path folder) {
        try {
            return ArticleSearch.open(folder);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
