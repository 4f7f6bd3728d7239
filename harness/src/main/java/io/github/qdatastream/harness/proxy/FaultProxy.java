package io.github.qdatastream.harness.proxy;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A TCP proxy that forwards between a client and a server and injects faults on the way, as
 * described by a {@link FaultPlan}: re-chunking, delays, a stall, truncation, a corrupt byte,
 * an early close. It sits between any two peers, real Qt programs included.
 *
 * <h2>Design</h2>
 * One accept thread; per connection two pump threads (client to server, server to client) from
 * a bounded pool: at most {@code maxConnections} connections are served at once, further ones
 * are accepted and closed at once. Each piece is written with its own {@code write} call on a
 * socket with {@code TCP_NODELAY}, so the peer sees the pieces as separate reads (loopback keeps
 * them apart unless the reader is slower than the writer, which is still a valid chunking).
 * End of stream is forwarded as a half-close ({@code shutdownOutput}), so request/reply
 * protocols that close one way still work. Every blocking call is bounded by the sockets'
 * closing: {@link #close()} closes everything and returns.
 */
public final class FaultProxy implements Closeable {

    private static final Logger LOG = Logger.getLogger(FaultProxy.class.getName());
    private static final int BUFFER = 16 * 1024;

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final FaultPlan plan;
    private final int maxConnections;
    private final ThreadPoolExecutor pumps;
    private final ScheduledExecutorService timers;
    private final Thread acceptor;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicLong connectionIds = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();

    private final Stats stats = new Stats();

    /** Counters of everything the proxy did, for summaries. */
    public static final class Stats {
        /** Counters, all zero. */
        public Stats() {
        }

        /** Connections accepted and forwarded. */
        public final AtomicLong connections = new AtomicLong();
        /** Connections refused because {@code maxConnections} were open. */
        public final AtomicLong rejected = new AtomicLong();
        /** Bytes forwarded from clients to the target. */
        public final AtomicLong bytesUp = new AtomicLong();
        /** Bytes forwarded from the target to clients. */
        public final AtomicLong bytesDown = new AtomicLong();
        /** Writes made towards the target. */
        public final AtomicLong chunksUp = new AtomicLong();
        /** Writes made towards clients. */
        public final AtomicLong chunksDown = new AtomicLong();
        /** Faults injected by the plan. */
        public final AtomicLong faults = new AtomicLong();
        /** I/O errors on either side of a connection. */
        public final AtomicLong errors = new AtomicLong();

        @Override
        public String toString() {
            return "connections=" + connections + " rejected=" + rejected + " up=" + bytesUp + "B/" + chunksUp
                    + " chunks down=" + bytesDown + "B/" + chunksDown + " chunks faults=" + faults + " errors=" + errors;
        }
    }

    private FaultProxy(ServerSocket server, InetSocketAddress target, FaultPlan plan, int maxConnections) {
        this.server = server;
        this.target = target;
        this.plan = plan;
        this.maxConnections = maxConnections;
        this.pumps = new ThreadPoolExecutor(0, 2 * maxConnections, 10, TimeUnit.SECONDS, new SynchronousQueue<>(),
                r -> daemon(r, "qds-proxy-pump"));
        this.timers = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "qds-proxy-timer"));
        this.acceptor = daemon(this::acceptLoop, "qds-proxy-accept " + server.getLocalPort());
    }

    /**
     * Starts a proxy listening on {@code listen} (port 0 picks a free port; see {@link #port()})
     * that forwards to {@code target}.
     *
     * @param listen the address to listen on
     * @param target the server to forward to
     * @param plan the faults to inject
     * @param maxConnections connections forwarded at once; more are refused
     * @return the running proxy
     * @throws IOException if {@code listen} cannot be bound
     * @throws IllegalArgumentException if {@code maxConnections} is below 1
     */
    public static FaultProxy start(InetSocketAddress listen, InetSocketAddress target, FaultPlan plan,
                                   int maxConnections) throws IOException {
        return start(listen, target, plan, maxConnections, null);
    }

    /**
     * What the proxy forwards, as it forwards it: per connection and direction a {@link Tap.Stream}
     * sees every byte written to the peer (after any fault), in order, then its end. Called on the
     * direction's pump thread; {@code qds proxy --decode} decodes it.
     */
    public interface Tap {
        /**
         * Called when a connection opens, once per direction.
         *
         * @param connection the connection's number, from 1
         * @param up true for client to target, false for target to client
         * @param client the client's address
         * @return the stream that sees this direction's bytes
         */
        Stream open(long connection, boolean up, InetSocketAddress client);

        /** The bytes of one direction of one connection. */
        interface Stream {
            /**
             * Bytes just written to the peer; valid only during the call.
             *
             * @param b the array holding the bytes
             * @param off index of the first byte
             * @param len number of bytes
             */
            void bytes(byte[] b, int off, int len);

            /** The direction has ended (closed, cut or failed); no more bytes follow. */
            void end();
        }
    }

    /**
     * {@link #start(InetSocketAddress, InetSocketAddress, FaultPlan, int)} with a {@link Tap} (null: none).
     *
     * @param listen the address to listen on
     * @param target the server to forward to
     * @param plan the faults to inject
     * @param maxConnections connections forwarded at once; more are refused
     * @param tap sees every forwarded byte, or null for none
     * @return the running proxy
     * @throws IOException if {@code listen} cannot be bound
     * @throws IllegalArgumentException if {@code maxConnections} is below 1
     */
    public static FaultProxy start(InetSocketAddress listen, InetSocketAddress target, FaultPlan plan,
                                   int maxConnections, Tap tap) throws IOException {
        if (maxConnections < 1) throw new IllegalArgumentException("maxConnections < 1: " + maxConnections);
        ServerSocket ss = new ServerSocket();
        ss.setReuseAddress(true);
        ss.bind(listen, 256);
        FaultProxy p = new FaultProxy(ss, target, plan, maxConnections);
        p.tap = tap;
        p.acceptor.start();
        return p;
    }

    /**
     * A proxy on a free loopback port forwarding to {@code target}, at most 64 connections.
     *
     * @param target the server to forward to
     * @param plan the faults to inject
     * @return the running proxy
     * @throws IOException if {@code listen} cannot be bound
     */
    public static FaultProxy start(InetSocketAddress target, FaultPlan plan) throws IOException {
        return start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), target, plan, 64);
    }

    private volatile Tap tap;

    /** {@return the local port the proxy listens on} */
    public int port() {
        return server.getLocalPort();
    }

    /** {@return the address the proxy listens on} */
    public InetSocketAddress address() {
        return new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
    }

    /** {@return the faults this proxy injects} */
    public FaultPlan plan() {
        return plan;
    }

    /** {@return the live counters (updated as connections run)} */
    public Stats stats() {
        return stats;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void acceptLoop() {
        while (!closed.get()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (!closed.get()) {
                    LOG.log(Level.WARNING, "proxy accept failed", e);
                    stats.errors.incrementAndGet();
                }
                return;
            }
            if (active.incrementAndGet() > maxConnections) {
                active.decrementAndGet();
                stats.rejected.incrementAndGet();
                LOG.warning(() -> "proxy: more than " + maxConnections + " connections, closing " + client.getRemoteSocketAddress());
                closeQuietly(client);
                continue;
            }
            stats.connections.incrementAndGet();
            try {
                pumps.execute(() -> connect(client));
            } catch (RejectedExecutionException e) {
                active.decrementAndGet();
                stats.rejected.incrementAndGet();
                closeQuietly(client);
            }
        }
    }

    private void connect(Socket client) {
        long id = connectionIds.incrementAndGet();
        Socket upstream = new Socket();
        Connection c = new Connection(id, client, upstream);
        open.add(client);
        open.add(upstream);
        try {
            client.setTcpNoDelay(true);
            upstream.setTcpNoDelay(true);
            upstream.connect(target, 10_000);
        } catch (IOException e) {
            LOG.warning(() -> "proxy #" + id + ": cannot connect to " + target + ": " + e.getMessage());
            stats.errors.incrementAndGet();
            c.closeBoth();
            c.finished();
            c.finished();
            return;
        }
        if (!plan.closeAfter().isZero()) {
            timers.schedule(() -> {
                if (!c.done.get()) {
                    stats.faults.incrementAndGet();
                    LOG.fine(() -> "proxy #" + id + ": closing after " + plan.closeAfter().toMillis() + " ms");
                    c.closeBoth();
                }
            }, plan.closeAfter().toNanos(), TimeUnit.NANOSECONDS);
        }
        try {
            pumps.execute(() -> c.pump(true));
        } catch (RejectedExecutionException e) {
            c.closeBoth();
            c.finished();
            c.finished();
            return;
        }
        c.pump(false);
    }

    private final class Connection {
        final long id;
        final Socket client;
        final Socket upstream;
        final AtomicInteger pumpsLeft = new AtomicInteger(2);
        final AtomicBoolean done = new AtomicBoolean();

        Connection(long id, Socket client, Socket upstream) {
            this.id = id;
            this.client = client;
            this.upstream = upstream;
        }

        void pump(boolean up) {
            Socket from = up ? client : upstream;
            Socket to = up ? upstream : client;
            boolean faulty = plan.faultDirection().includes(up);
            long corruptAt = faulty ? plan.corruptAt() : -1;
            long stallAt = faulty && !plan.stall().isZero() ? plan.stallAt() : -1;
            long truncateAt = faulty ? plan.truncateAt() : -1;
            SplittableRandom random = new SplittableRandom(plan.seed() * 31 + id * 2 + (up ? 1 : 0));
            AtomicLong bytes = up ? stats.bytesUp : stats.bytesDown;
            AtomicLong chunks = up ? stats.chunksUp : stats.chunksDown;
            byte[] buf = new byte[BUFFER];
            long position = 0;
            Tap.Stream tapped = tap == null ? null
                    : tap.open(id, up, client.getRemoteSocketAddress() instanceof InetSocketAddress a ? a : null);
            try {
                // Not try-with-resources: closing a socket stream closes the socket, and the
                // other direction may still be running. finished() closes both at the end.
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                if (truncateAt == 0) {
                    truncate(up, 0);
                    return;
                }
                while (true) {
                    int n = in.read(buf);
                    if (n < 0) {
                        to.shutdownOutput();
                        break;
                    }
                    if (corruptAt >= position && corruptAt < position + n) {
                        buf[(int) (corruptAt - position)] ^= (byte) 0xFF;
                        stats.faults.incrementAndGet();
                        long at = corruptAt;
                        LOG.fine(() -> "proxy #" + id + ": corrupted byte " + at);
                    }
                    int off = 0;
                    while (off < n) {
                        int len = plan.chunking().next(n - off, random);
                        if (truncateAt >= 0 && position + len > truncateAt) {
                            len = (int) (truncateAt - position);
                        }
                        if (stallAt >= position && stallAt < position + len) {
                            if (stallAt > position) {
                                len = (int) (stallAt - position);
                            } else {
                                stats.faults.incrementAndGet();
                                sleep(plan.stall());
                            }
                        }
                        if (!plan.delay().isZero()) sleep(plan.delay());
                        out.write(buf, off, len);
                        if (tapped != null) tapped.bytes(buf, off, len);
                        off += len;
                        position += len;
                        bytes.addAndGet(len);
                        chunks.incrementAndGet();
                        if (truncateAt >= 0 && position >= truncateAt) {
                            truncate(up, position);
                            return;
                        }
                    }
                }
            } catch (SocketException e) {
                // The other pump, a close-after fault or close() closed the socket: a normal end.
                if (!done.get() && !closed.get()) {
                    LOG.fine(() -> "proxy #" + id + (up ? " up" : " down") + ": " + e.getMessage());
                }
            } catch (IOException e) {
                if (!done.get() && !closed.get()) {
                    stats.errors.incrementAndGet();
                    LOG.log(Level.FINE, "proxy #" + id + (up ? " up" : " down"), e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closeBoth();
            } finally {
                if (tapped != null) tapped.end();
                finished();
            }
        }

        private void truncate(boolean up, long at) {
            stats.faults.incrementAndGet();
            LOG.fine(() -> "proxy #" + id + (up ? " up" : " down") + ": truncated at byte " + at);
            closeBoth();
        }

        void closeBoth() {
            done.set(true);
            closeQuietly(client);
            closeQuietly(upstream);
        }

        void finished() {
            if (pumpsLeft.decrementAndGet() == 0) {
                closeBoth();
                open.remove(client);
                open.remove(upstream);
                active.decrementAndGet();
            }
        }
    }

    private static void sleep(Duration d) throws InterruptedException {
        long nanos = d.toNanos();
        if (nanos > 0) Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing: nothing left to do
        }
    }

    /**
     * {@return connections being forwarded right now}
     *
     */
    public int activeConnections() {
        return active.get();
    }

    /**
     * Waits, at most {@code timeout}, until no connection is being forwarded (both directions
     * finished), so that {@link #stats()} counts every byte of the connections so far. Returns
     * whether that happened in time.
     *
     * @param timeout the longest wait
     * @return whether the proxy became idle in time
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (active.get() > 0) {
            if (System.nanoTime() - deadline > 0) return false;
            Thread.sleep(2);
        }
        return true;
    }

    /** Stops accepting, closes every connection, and returns once the threads are told to end. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        closeQuietly(server);
        for (Socket s : open) closeQuietly(s);
        pumps.shutdownNow();
        timers.shutdownNow();
        try {
            acceptor.join(2000);
            pumps.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
