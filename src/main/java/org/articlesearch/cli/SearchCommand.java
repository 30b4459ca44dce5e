package org.articlesearch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.articlesearch.ArticleSearch;
import org.articlesearch.model.Hit;
import org.articlesearch.model.PassageType;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SearchResult;
import org.articlesearch.model.SortOrder;
import org.articlesearch.search.DayBound;
import org.articlesearch.server.JsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Searches the index from the terminal: ranked, highlighted, counted by type. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the index. Query language: words, \"quoted phrases\", -exclusion, OR.",
                "With no query, a filter (--type, --speaker, --article) lists its documents in article order."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path indexDir;

    @Mixin
    SolrOptions solr = new SolrOptions();

    @Option(names = "--type", split = ",", paramLabel = "TYPE", description = "quote, paragraph or caption; repeat or separate with commas.")
    List<String> types = List.of();

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotes by this speaker (\"Stewart\" matches \"Kristen Stewart\").")
    String speaker;

    @Option(names = "--article", paramLabel = "ID", description = "Only documents of this article.")
    String article;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show, at most 100 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip (default: ${DEFAULT-VALUE}).")
    int offset;

    @Option(names = "--from", paramLabel = "DATE", description = "Only articles published on or after this day (2016-10-12, 2016-10 or 2016).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only articles published on or before this day (2016-10-12, 2016-10 or 2016).")
    String to;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance, newest or oldest; undated articles come last (default: ${DEFAULT-VALUE}).")
    String sort;

    @Option(names = "--no-group", description = "Show every copy of a text on its own, rather than once with the other articles that hold it.")
    boolean ungrouped;

    @Option(names = "--json", description = "Print the result object as JSON.")
    boolean json;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query; empty with a filter lists documents in article order.")
    List<String> query = List.of();

    @Override
    public Integer call() throws Exception {
        Set<PassageType> wanted = EnumSet.noneOf(PassageType.class);
        for (String t : types) {
            PassageType type = PassageType.fromLabel(t);
            if (type == null) {
                System.err.println("error: unknown type \"" + t + "\" (use quote, paragraph or caption)");
                return 1;
            }
            wanted.add(type);
        }
        SearchRequest request;
        try {
            SortOrder order = SortOrder.fromLabel(sort);
            if (order == null) throw new IllegalArgumentException("unknown sort \"" + sort + "\" (use relevance, newest or oldest)");
            request = new SearchRequest(String.join(" ", query), wanted, speaker, article, limit, offset,
                    DayBound.parse(from, "--from", false), DayBound.parse(to, "--to", true), order, !ungrouped);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
        if (request.query().isBlank() && request.types().isEmpty() && request.speaker() == null && request.articleId() == null) {
            // Nothing asked: picocli prints this and the usage, and exits 2.
            throw new ParameterException(spec.commandLine(), "Missing a query, or a filter (--type, --speaker, --article) to list documents");
        }
        if (!solr.enabled() && !Files.isDirectory(indexDir)) {
            System.err.println("error: no index at " + indexDir + "; build one with: article-search index --input PATH");
            return 1;
        }
        try (ArticleSearch search = solr.enabled() ? ArticleSearch.solr(solr.url(), solr.collection) : ArticleSearch.openReadOnly(indexDir)) {
            SearchResult result = search.search(request);
            if (result.total() == 0 && request.articleId() != null && search.article(request.articleId()).isEmpty()) {
                System.err.println("error: no article \"" + request.articleId() + "\" in the index");
                return 1;
            }
            if (json) {
                System.out.println(JsonWriter.toJson(result));
            } else {
                print(result, Terminal.interactive());
            }
        }
        return 0;
    }

    private void print(SearchResult result, boolean colour) {
        StringBuilder tabs = new StringBuilder();
        result.facets().type().forEach((type, n) -> tabs.append(String.format(Locale.ROOT, "  %ss: %,d", type, n)));
        String most = SearchResult.MOST.equals(result.matched()) ? " with most of the words" : "";
        System.out.printf(Locale.ROOT, "%s%s in %.1f ms.%s%n", Count.of(result.total(), "result"), most, result.tookMs(), tabs);
        int rank = offset;
        for (Hit hit : result.hits()) {
            rank++;
            String who = hit.speaker() == null ? "" : " — " + hit.speaker()
                    + (hit.speakerMention() == null || hit.speakerMention().equals(hit.speaker()) ? "" : " (\"" + hit.speakerMention() + "\")");
            String date = hit.published() == null ? "" : hit.published() + ", ";
            String copies = hit.alsoIn() == null ? "" : String.format(Locale.ROOT, "   also in %,d other article%s: %s%s%n",
                    hit.alsoIn().count(), hit.alsoIn().count() == 1 ? "" : "s", String.join(", ", hit.alsoIn().articles()),
                    hit.alsoIn().count() > hit.alsoIn().articles().size() ? ", …" : "");
            System.out.printf(Locale.ROOT, "%n%d. [%s]%s  %s (%s%s, ¶%d)%n   %s%n", rank, hit.type(), who, hit.title(),
                    date, hit.id(), hit.paragraph(), render(hit.highlight() == null ? hit.text() : hit.highlight(), colour, hit.highlight() != null));
            System.out.print(copies);
        }
    }

    /** Turns the HTML highlight into terminal text: marks in bold yellow, or between asterisks. */
    static String render(String highlight, boolean colour, boolean isHtml) {
        if (!isHtml) return highlight;
        String open = colour ? "\u001b[1;33m" : "**";
        String close = colour ? "\u001b[0m" : "**";
        return highlight.replace("<mark>", open).replace("</mark>", close)
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#39;", "'").replace("&amp;", "&").replace("\n", "\n   ");
    }
}
