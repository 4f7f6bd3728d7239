/**
 * The {@code qds} command and the pieces behind it, usable as a library: Fortune and Trip servers
 * and clients (blocking and asynchronous), a fault-injecting proxy, and JSON forms of every codec
 * value. The command classes are picocli's: they are opened to it, not exported.
 */
module io.github.qdatastream.harness {
    // JSpecify nullness annotations: needed to compile, not to run.
    requires static org.jspecify;

    requires transitive io.github.qdatastream.codec;
    requires transitive io.github.qdatastream.netty;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.core;
    requires io.netty.common;
    requires io.netty.buffer;
    requires io.netty.transport;
    requires io.netty.handler;
    requires info.picocli;
    requires java.logging;

    exports io.github.qdatastream.harness.fortune;
    exports io.github.qdatastream.harness.json;
    exports io.github.qdatastream.harness.net;
    exports io.github.qdatastream.harness.proxy;
    exports io.github.qdatastream.harness.trip;

    // picocli reads and sets the annotated fields of the command classes by reflection.
    exports io.github.qdatastream.harness to info.picocli;
    opens io.github.qdatastream.harness to info.picocli;
    opens io.github.qdatastream.harness.cli to info.picocli;
    opens io.github.qdatastream.harness.command to info.picocli;
}
