package org.articlesearch.cli;

import java.io.Console;

/** Whether standard output is a person at a terminal, so colour and progress bars are welcome. */
final class Terminal {
    private Terminal() {
    }

    static boolean interactive() {
        Console console = System.console();
        if (console == null) return false;
        try {
            // Since Java 22 a Console exists even when redirected; isTerminal() tells the truth.
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
