package org.articlesearch.cloud;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * One stock SolrCloud node in this JVM, the way {@code bin/solr start -c} runs one: Solr's Jetty
 * runner, the node's home folder with its {@code solr.xml}, and either ZooKeeper embedded in the
 * node ({@code zkRun}, on the node's port + 1000, as {@code bin/solr} does) or the address of the
 * ZooKeeper another node embeds. Prints {@code ready <base URL>} once the node answers, and stops
 * Solr cleanly when the JVM is asked to stop (SIGTERM).
 *
 * <p>Usage: {@code SolrNode HOME PORT [ZKHOST]}: without ZKHOST the node runs ZooKeeper itself.
 *
 * <p>Why not {@code MiniSolrCloudCluster}: it runs every node in one JVM, so stopping "a node" in a
 * failover test would stop Jetty, not a process; here each node is a process that can be killed.
 */
public final class SolrNode {
    private SolrNode() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: SolrNode HOME PORT [ZKHOST]");
            System.exit(64);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        if (!Files.isRegularFile(home.resolve("solr.xml"))) {
            System.err.println("error: no solr.xml in " + home);
            System.exit(66);
        }
        if (args.length == 3) {
            System.setProperty("zkHost", args[2]);
        } else {
            System.setProperty("zkRun", "");
            System.setProperty("solr.zk.embedded.host", "127.0.0.1");
        }
        System.setProperty("solr.solr.home", home.toString());
        System.setProperty("host", "127.0.0.1");

        JettyConfig config = JettyConfig.builder().setPort(port).setContext("/solr").stopAtShutdown(false).build();
        JettySolrRunner node = new JettySolrRunner(home.toString(), config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.stop();
            } catch (Exception e) {
                System.err.println("error stopping Solr: " + e);
            }
            stopped.countDown();
        }, "stop-solr"));
        try {
            node.start();
        } catch (Exception | Error e) {
            // Solr's threads would keep a node that failed to start alive, holding its port.
            e.printStackTrace();
            Runtime.getRuntime().halt(1);
        }
        System.out.println("ready " + node.getBaseUrl());
        System.out.flush();
        stopped.await();
    }
}
