/**
 * article-search as a library: the facade {@link org.articlesearch.ArticleSearch} and the data it
 * takes and returns ({@code org.articlesearch.model}). Everything else (ingest, split, index, search,
 * the Solr backend, the server, the CLI and the bench) is inside the module, not exported: a project
 * on the module path cannot reach it, and one on the class path is told by LayeringTest's list which
 * types it may rely on.
 */
module org.articlesearch {
    requires java.net.http;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;
    requires org.apache.lucene.queries;
    requires org.apache.lucene.highlighter;
    requires org.jsoup;
    requires com.fasterxml.jackson.databind;
    // Only the server, the CLI, the bench and the SolrCloud backend use these (optional in pom.xml).
    requires static info.picocli;
    requires static me.tongfei.progressbar;
    requires static io.javalin;
    requires static org.eclipse.jetty.server;
    requires static org.eclipse.jetty.util;
    requires static org.eclipse.jetty.http;
    requires static org.slf4j;
    requires static solr.solrj;
    requires static solr.api;
    requires static java.management;
    requires static jdk.management;

    // The index format's codec, found by Lucene through the service loader.
    provides org.apache.lucene.codecs.Codec with org.articlesearch.index.ArticleCodec;

    exports org.articlesearch;
    exports org.articlesearch.model;

    // picocli fills the commands' fields by reflection.
    opens org.articlesearch.cli to info.picocli;
}
