package org.articlesearch.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

/** The {@code article-search} command: split, index and search articles from the terminal. */
@Command(name = "article-search", mixinStandardHelpOptions = true, version = "article-search 0.1",
        description = "Full-text search over articles: quotes with their speakers, paragraphs and captions.",
        subcommands = {ServeCommand.class, SplitCommand.class, IndexCommand.class, SearchCommand.class})
public final class Main implements Runnable {
    /**
     * Lucene logs a warning at every start when the JVM runs without the incubating vector module;
     * it is advice for operators, not news for a user searching. Held here so the setting sticks.
     */
    private static final Logger LUCENE_VECTOR_LOG = Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        LUCENE_VECTOR_LOG.setLevel(Level.SEVERE);
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        // serve's start-up counts, so it builds only its own model: picocli reads every command's
        // annotations by reflection, and serve needs none of the others. Usage and errors read the same.
        CommandLine cli = args.length > 0 && args[0].equals("serve")
                ? new CommandLine(CommandSpec.create().name("article-search")).addSubcommand(new ServeCommand())
                : withBench(new CommandLine(new Main()));
        return cli
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    return 1;
                })
                .execute(args);
    }

    /**
     * Adds {@code bench} when it is there: it lives in its own source set (src/bench/java), in the
     * runnable jar and not in the library jar, so the CLI finds it by name rather than by reference.
     */
    private static CommandLine withBench(CommandLine cli) {
        try {
            Object bench = Class.forName("org.articlesearch.bench.BenchCommand").getConstructor().newInstance();
            cli.addSubcommand(bench);
        } catch (ClassNotFoundException e) {
            // The library jar: no bench.
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the bench command cannot be made", e);
        }
        return cli;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
