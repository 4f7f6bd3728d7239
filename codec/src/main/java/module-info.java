/**
 * The QDataStream codec: readers, writers and codecs for every Qt type, and the reassembly of
 * partial blocks. No runtime dependencies and no I/O.
 */
module io.github.qdatastream.codec {
    // JSpecify nullness annotations: needed to compile, not to run.
    requires static org.jspecify;

    exports io.github.qdatastream.codec;
    exports io.github.qdatastream.codec.frame;
    exports io.github.qdatastream.codec.protocol;
    exports io.github.qdatastream.codec.record;
}
