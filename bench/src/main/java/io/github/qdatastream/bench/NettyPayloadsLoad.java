package io.github.qdatastream.bench;

import io.github.qdatastream.codec.frame.Framing;
import io.github.qdatastream.netty.QDataStreamFrameDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.Map;

/**
 * The Netty payloads decoder ({@code QDataStreamFrameDecoder.payloads(Framing.TRIP_REPLY)}) over a
 * Trip reply stream in an {@code EmbeddedChannel}, measured as {@link Compare} measures its cells
 * ({@code Compare.report}: thread CPU time, median pass): the paired check of a change to the Netty
 * handler. Uses only API that older builds have too, so the same class runs against the codec and
 * netty jars of another commit (put them first on the class path) and the two runs can alternate
 * in fresh JVMs (bench/netty-pair.sh; docs/performance.md, "Netty zero-copy in").
 *
 * <pre>
 *   java -cp CODEC_JAR:NETTY_JAR:NETTY_DEPS:bench/target/classes \
 *       io.github.qdatastream.bench.NettyPayloadsLoad &lt;WHOLE|MTU_1460|RANDOM_1_64|ONE_BYTE&gt; &lt;heap|direct&gt; [MiB] [rounds]
 * </pre>
 * Each chunk is a buffer made once; a pass writes a retained duplicate of each into a new channel,
 * so the decoder releases what it was given and the bytes are the same every pass.
 */
public final class NettyPayloadsLoad {

    private NettyPayloadsLoad() {}

    /** Counts the payloads and other messages, and releases the payloads. */
    private static final class Sink extends ChannelInboundHandlerAdapter {
        long blocks;
        long other;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof ByteBuf b) {
                blocks++;
                b.release();
            } else {
                other++;
            }
        }
    }

    public static void main(String[] args) {
        Chunking chunking = Chunking.valueOf(args[0]);
        boolean direct = args[1].equals("direct");
        int mib = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 9;
        Workloads.Stream stream = Workloads.tripStream(chunking.streamBytes(mib * Workloads.MIB));
        byte[] bytes = stream.bytes();
        int[] sizes = chunking.sizes(bytes.length);
        ByteBuf[] chunks = new ByteBuf[sizes.length];
        for (int i = 0, at = 0; i < sizes.length; at += sizes[i], i++) {
            chunks[i] = direct ? Unpooled.directBuffer(sizes[i]).writeBytes(bytes, at, sizes[i])
                    : Unpooled.wrappedBuffer(bytes, at, sizes[i]);
        }
        Runnable pass = () -> {
            Sink sink = new Sink();
            EmbeddedChannel ch = new EmbeddedChannel(QDataStreamFrameDecoder.payloads(Framing.TRIP_REPLY), sink);
            for (ByteBuf c : chunks) {
                ch.writeInbound(c.retainedDuplicate());
            }
            ch.finishAndReleaseAll();
            if (sink.blocks != stream.blocks() || sink.other > 1) {
                throw new AssertionError("decoded " + sink.blocks + " blocks and " + sink.other
                        + " other messages, expected " + stream.blocks() + " and at most the end of data");
            }
        };
        Compare.report("NETTY_PAYLOADS", chunking.name(), Map.of(direct ? "direct" : "heap", pass), rounds,
                stream.blocks(), bytes.length);
        for (ByteBuf c : chunks) {
            c.release();
        }
    }
}
