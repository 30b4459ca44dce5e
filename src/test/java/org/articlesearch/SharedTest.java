package org.articlesearch;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A CI run without ../shared fails the tests that read it, unless told to skip them. */
class SharedTest {
    private static final Path MISSING = Shared.path("corpus/no-such-corpus");

    @Test
    void aMissingSharedCorpusFailsTheTestSayingCiNeedsSharedBesideTheRepo() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> Shared.require(MISSING, false));
        assertTrue(e.getMessage().startsWith("../shared/corpus/no-such-corpus is missing"), e.getMessage());
        assertTrue(e.getMessage().contains("CI must run with ../shared beside the repo"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dshared.optional=true"), "it says how to skip instead: " + e.getMessage());
    }

    @Test
    void withSharedOptionalAMissingCorpusSkipsTheTestInstead() {
        TestAbortedException e = assertThrows(TestAbortedException.class, () -> Shared.require(MISSING, true));
        assertTrue(e.getMessage().contains("../shared/corpus/no-such-corpus is missing"), e.getMessage());
    }
}
