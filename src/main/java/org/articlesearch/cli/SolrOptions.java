package org.articlesearch.cli;

import java.net.URI;
import java.net.URISyntaxException;
import org.articlesearch.ArticleSearch;
import picocli.CommandLine.Option;

/** Where the index lives when it is a SolrCloud collection rather than a folder: shared by index, search and serve. */
final class SolrOptions {
    @Option(names = "--solr", paramLabel = "URL",
            description = "Use the SolrCloud cluster at this base URL (such as http://127.0.0.1:8983/solr) instead of --index.")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", defaultValue = ArticleSearch.DEFAULT_COLLECTION,
            description = "With --solr: the collection alias (default: ${DEFAULT-VALUE}).")
    String collection;

    boolean enabled() {
        return solr != null;
    }

    /** The base URL, checked: an http(s) address. */
    URI url() {
        try {
            URI u = new URI(solr.strip());
            if (u.getScheme() == null || !u.getScheme().matches("https?") || u.getHost() == null) {
                throw new IllegalArgumentException("--solr must be an http:// or https:// address such as http://127.0.0.1:8983/solr, was " + solr);
            }
            return u;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--solr is not an address: " + solr);
        }
    }

    /** Where the documents are, for messages: "Solr collection articles on http://…" */
    String describe() {
        return "Solr collection " + collection + " on " + solr;
    }
}
