package org.articlesearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.articlesearch.ArticleSearch;
import org.articlesearch.search.Hit;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SearchResult;
import org.articlesearch.split.PassageType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Searches the index from the terminal: ranked, highlighted, counted by type. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the index. Query language: words, \"quoted phrases\", -exclusion, OR.")
final class SearchCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path indexDir;

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
        if (!Files.isDirectory(indexDir)) {
            System.err.println("error: no index at " + indexDir + "; build one with: article-search index --input PATH");
            return 1;
        }
        SearchRequest request;
        try {
            request = new SearchRequest(String.join(" ", query), wanted, speaker, article, limit, offset);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
        try (ArticleSearch search = ArticleSearch.openReadOnly(indexDir)) {
            SearchResult result = search.search(request);
            if (json) {
                System.out.println(JSON.writeValueAsString(result));
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
        System.out.printf(Locale.ROOT, "%,d results%s in %.1f ms.%s%n", result.total(), most, result.tookMs(), tabs);
        int rank = offset;
        for (Hit hit : result.hits()) {
            rank++;
            String who = hit.speaker() == null ? "" : " — " + hit.speaker()
                    + (hit.speakerMention() == null || hit.speakerMention().equals(hit.speaker()) ? "" : " (\"" + hit.speakerMention() + "\")");
            System.out.printf(Locale.ROOT, "%n%d. [%s]%s  %s (%s, ¶%d)%n   %s%n", rank, hit.type(), who, hit.title(),
                    hit.id(), hit.paragraph(), render(hit.highlight() == null ? hit.text() : hit.highlight(), colour, hit.highlight() != null));
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
