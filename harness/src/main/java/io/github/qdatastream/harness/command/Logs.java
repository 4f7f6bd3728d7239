package io.github.qdatastream.harness.command;

import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** One-line java.util.logging output on stderr for the commands. */
final class Logs {

    /** Strong references: java.util.logging forgets the level of a logger nobody holds. */
    private static final Logger OURS = Logger.getLogger("io.github.qdatastream");
    private static final Logger NETTY = Logger.getLogger("io.netty");

    private Logs() {
    }

    static void setup(boolean verbose) {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT.%1$tL %4$-7s %3$s: %5$s%6$s%n");
        }
        Logger root = Logger.getLogger("");
        for (var h : root.getHandlers()) root.removeHandler(h);
        ConsoleHandler h = new ConsoleHandler();
        h.setFormatter(new SimpleFormatter());
        Level level = verbose ? Level.FINE : Level.INFO;
        h.setLevel(level);
        root.addHandler(h);
        OURS.setLevel(level);
        NETTY.setLevel(Level.WARNING);
    }

    /** Quiet logging for the demo: only warnings of our own code. */
    static void quiet() {
        setup(false);
        OURS.setLevel(Level.SEVERE);
    }
}
