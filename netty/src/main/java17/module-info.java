/**
 * Netty handlers for QDataStream blocks: a frame decoder driving the codec's block reassembler,
 * a transaction decoder for unframed values, and block and end-marker encoders. See the package
 * {@link io.github.qdatastream.netty}.
 */
module io.github.qdatastream.netty {
    // JSpecify nullness annotations: needed to compile, not to run.
    requires static org.jspecify;

    requires transitive io.github.qdatastream.codec;
    // The handlers' public signatures name ByteBuf, ChannelHandlerContext and Netty's codec base classes.
    requires transitive io.netty.buffer;
    requires transitive io.netty.transport;
    requires transitive io.netty.codec;
    requires io.netty.common;

    exports io.github.qdatastream.netty;
}
