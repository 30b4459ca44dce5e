package org.articlesearch;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The corpora in {@code ../shared}, beside the project. A test that reads one fails when it is
 * missing, so a CI run without {@code ../shared} cannot pass by skipping them; with
 * {@code -Dshared.optional=true} (for a machine that has no copy) those tests are skipped instead.
 */
public final class Shared {
    /** The system property that turns a missing {@code ../shared} from a failure into skipped tests. */
    public static final String OPTIONAL = "shared.optional";
    private static final Path DIR = Path.of(System.getProperty("shared.dir", "../shared"));

    private Shared() {
    }

    /** Where a file or folder of {@code ../shared} is, without looking: {@code Shared.path("corpus/bbc")}. */
    public static Path path(String relative) {
        return DIR.resolve(relative);
    }

    /**
     * {@code path}, a file or folder of {@code ../shared}, once it is known to be there. When it is not,
     * the test fails saying so, or is skipped when {@value #OPTIONAL} is true. Call it from the test
     * or a {@code @BeforeAll}, not a static initializer, so the failure reads as one.
     */
    public static Path require(Path path) {
        return require(path, Boolean.getBoolean(OPTIONAL));
    }

    static Path require(Path path, boolean optional) {
        if (Files.exists(path)) return path;
        Path relative = path.startsWith(DIR) ? DIR.relativize(path) : path;
        String message = "../shared/" + relative + " is missing (no " + path.toAbsolutePath().normalize()
                + "): CI must run with ../shared beside the repo. Without a copy, run with -D" + OPTIONAL
                + "=true to skip the tests that read it.";
        if (optional) Assumptions.abort(message);
        return fail(message);
    }
}
