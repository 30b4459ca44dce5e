package org.articlesearch.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.ConfigSetAdminResponse;
import org.apache.solr.common.SolrInputDocument;
import org.articlesearch.index.NearCopies;
import org.articlesearch.model.Article;
import org.articlesearch.model.Passage;

/**
 * A rebuild the way Solr users expect: the documents go into a new collection
 * ({@code articles_20261130T101500123}), and only when it is complete does the alias ({@code articles})
 * move to it, in one step, and the collection it pointed at is deleted (a few seconds later, see
 * {@link #DELETE_OLD_AFTER_MILLIS}). Searches go through the alias,
 * so they never see a half-built collection; a rebuild that fails or is abandoned deletes its new
 * collection and leaves the alias where it was. The configset ships in the jar and is uploaded under a
 * name with its content's hash, so a new version of article-search never changes a collection an
 * older one built.
 */
public final class SolrRebuild implements AutoCloseable {
    /** Documents per update request: big enough to amortise the round trip, small enough to stream. */
    static final int BATCH = 1_000;
    private static final String CONFIGSET_RESOURCE = "/solr-configset/conf/";
    private static final List<String> CONFIGSET_FILES = List.of("schema.xml", "solrconfig.xml");
    /**
     * How long the collection an alias pointed at outlives the move: clients cache aliases (SolrJ for 5 s),
     * so searches that resolved the alias just before it moved still find their collection.
     */
    static final long DELETE_OLD_AFTER_MILLIS = 10_000;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS");

    private final SolrCollection alias;
    private final CloudSolrClient client;
    private final String collection;
    private List<SolrInputDocument> batch = new ArrayList<>(BATCH);
    /** Near copies found as the local rebuild finds them (see {@link NearCopies}), in memory for this rebuild. */
    private final NearCopies.Registry nearCopies = new NearCopies.Registry();
    private boolean committed;
    private boolean closed;

    private SolrRebuild(SolrCollection alias, String collection) {
        this.alias = alias;
        this.client = (CloudSolrClient) alias.client();
        this.collection = collection;
    }

    /**
     * Creates the new collection for a rebuild of {@code alias}, with {@code shards} shards of
     * {@code replicas} replicas each, uploading the configset first if the cluster lacks it.
     *
     * @throws IOException when Solr cannot be reached or refuses (the message says which)
     */
    public static SolrRebuild start(URI solrUrl, String alias, int shards, int replicas) throws IOException {
        if (shards < 1 || replicas < 1) throw new IllegalArgumentException("shards and replicas must be at least 1");
        if (!alias.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("not a Solr collection name: " + alias + " (letters, digits, '.', '_' and '-')");
        }
        SolrCollection target = SolrCollection.connect(solrUrl, alias);
        try {
            CloudSolrClient client = (CloudSolrClient) target.client();
            List<String> collections = CollectionAdminRequest.listCollections(client);
            if (collections.contains(alias)) {
                throw new IOException("Solr at " + solrUrl + " has a collection named " + alias
                        + ", not an alias: choose another --collection, or delete that collection");
            }
            String configSet;
            try {
                configSet = uploadConfigSet(client);
            } catch (SolrServerException | IOException e) {
                // A node closed the connection mid-request ("EOF reached while reading", seen once in 20 CI runs,
                // on a 2-core machine under load). The step is idempotent, as it asks the cluster's configsets
                // first: ask again, once.
                configSet = uploadConfigSet(client);
            }
            String name = alias + "_" + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
            var created = CollectionAdminRequest.createCollection(name, configSet, shards, replicas).process(client);
            if (!created.isSuccess()) throw new IOException("Solr did not create " + name + ": " + created.getErrorMessages());
            return new SolrRebuild(target, name);
        } catch (SolrServerException | RuntimeException e) {
            target.close();
            RuntimeException failure = target.failure(e);
            throw new IOException(failure.getMessage(), e);
        } catch (IOException e) {
            target.close();
            throw e;
        }
    }

    /** The collection being built. */
    public String collection() {
        return collection;
    }

    /** Adds an article's documents. Thread-safe: documents go to Solr in batches as they fill. */
    public void add(Article article, List<Passage> passages) throws IOException {
        List<SolrInputDocument> full = null;
        NearCopies.Sketch sketch = NearCopies.sketch(passages);
        NearCopies.Verdict verdict = nearCopies.judge(article.id(), sketch);
        synchronized (this) {
            if (committed || closed) throw new IllegalStateException("the rebuild is over");
            batch.addAll(SolrDocuments.of(article, passages, verdict));
            if (batch.size() >= BATCH) {
                full = batch;
                batch = new ArrayList<>(BATCH);
            }
        }
        if (full != null) send(full);
    }

    private void send(List<SolrInputDocument> docs) throws IOException {
        if (docs.isEmpty()) return;
        try {
            UpdateRequest update = new UpdateRequest();
            update.add(docs);
            update.process(client, collection);
        } catch (SolrServerException | RuntimeException e) {
            throw new IOException(alias.failure(e).getMessage(), e);
        }
    }

    /**
     * Sends what is left, commits, points the alias at the new collection and deletes the one it
     * pointed at; returns what the new collection holds.
     */
    public SolrCollection.Counts commit() throws IOException {
        List<SolrInputDocument> rest;
        synchronized (this) {
            rest = batch;
            batch = new ArrayList<>();
        }
        send(rest);
        try {
            new UpdateRequest().commit(client, collection);
            SolrCollection.Counts counts;
            try (SolrCollection built = SolrCollection.connect(alias.solrUrl(), collection)) {
                counts = built.counts();
            }
            List<String> before = alias.resolved();
            CollectionAdminRequest.createAlias(alias.name(), collection).process(client);
            synchronized (this) {
                committed = true;
            }
            List<String> old = before.stream().filter(c -> !c.equals(collection) && !c.equals(alias.name())).toList();
            if (!old.isEmpty()) {
                try {
                    Thread.sleep(DELETE_OLD_AFTER_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            for (String previous : old) {
                try {
                    CollectionAdminRequest.deleteCollection(previous).process(client);
                } catch (SolrServerException | IOException | RuntimeException e) {
                    System.err.println("warning: could not delete the old collection " + previous + ": " + e.getMessage());
                }
            }
            return counts;
        } catch (SolrServerException | RuntimeException e) {
            throw new IOException(alias.failure(e).getMessage(), e);
        }
    }

    /** Abandons the rebuild if it was not committed: the new collection is deleted, the alias stays. */
    @Override
    public void close() {
        boolean abandon;
        synchronized (this) {
            abandon = !committed && !closed;
            closed = true;
        }
        try {
            if (abandon) CollectionAdminRequest.deleteCollection(collection).process(client);
        } catch (SolrServerException | IOException | RuntimeException e) {
            System.err.println("warning: could not delete the abandoned collection " + collection + ": " + e.getMessage());
        } finally {
            alias.close();
        }
    }

    /** Deletes an alias and the collections it points at, if there is one: for benchmarks and tests that start afresh. */
    public static void drop(URI solrUrl, String alias) throws IOException {
        try (SolrCollection target = SolrCollection.connect(solrUrl, alias)) {
            CloudSolrClient client = (CloudSolrClient) target.client();
            var aliases = new CollectionAdminRequest.ListAliases().process(client).getAliasesAsLists();
            List<String> collections = aliases.get(alias);
            if (collections == null) return;
            CollectionAdminRequest.deleteAlias(alias).process(client);
            for (String c : collections) CollectionAdminRequest.deleteCollection(c).process(client);
        } catch (SolrServerException | RuntimeException e) {
            throw new IOException("could not drop " + alias + " from Solr " + solrUrl + ": " + e.getMessage(), e);
        }
    }

    /** Uploads the configset from the jar unless the cluster has this version of it; returns its name. */
    private static String uploadConfigSet(CloudSolrClient client) throws IOException, SolrServerException {
        byte[] zip = configSetZip();
        String name;
        try {
            name = "article-search-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip), 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ConfigSetAdminResponse.List existing = new ConfigSetAdminRequest.List().process(client);
        if (existing.getConfigSets().contains(name)) return name;
        Path file = Files.createTempFile("article-search-configset", ".zip");
        try {
            Files.write(file, zip);
            new ConfigSetAdminRequest.Upload().setConfigSetName(name).setUploadFile(file, "application/octet-stream")
                    .process(client);
        } finally {
            Files.deleteIfExists(file);
        }
        return name;
    }

    /** The configset's files as a zip, as Solr's upload takes them; the same bytes for the same files. */
    static byte[] configSetZip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String f : CONFIGSET_FILES) {
                try (InputStream in = SolrRebuild.class.getResourceAsStream(CONFIGSET_RESOURCE + f)) {
                    if (in == null) throw new IOException("the Solr configset file " + f + " is missing from the jar");
                    ZipEntry e = new ZipEntry(f);
                    e.setTime(0);
                    zip.putNextEntry(e);
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }
}
