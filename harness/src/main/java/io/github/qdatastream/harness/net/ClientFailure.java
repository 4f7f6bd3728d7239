package io.github.qdatastream.harness.net;

import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.TruncatedInputException;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeoutException;

/**
 * Why a client ({@code qds trip}, {@code qds fortune}, blocking or async) did not get a whole
 * answer, and the exit code that tells it apart. 0 is success, 1 any other failure, 2 a usage
 * error (picocli's).
 *
 * <p>An enum: immutable and thread-safe.
 */
public enum ClientFailure {
    /** The server closed the connection before the whole answer (Trip: before 0xFFFF). */
    CLOSED_EARLY(3),
    /** No answer within the read timeout (or no connection within the connect timeout). */
    TIMEOUT(4),
    /** The bytes that arrived are not the protocol: a bad size, length or value. */
    CORRUPT_DATA(5),
    /** No connection: refused, unreachable, unknown host, reset. */
    CONNECTION(6);

    /** The exit codes, as {@code --help} lists them (picocli's "code:description"). */
    public static final String HELP_OTHER = "1:any other failure";
    /** The {@code --help} line for exit code 2. */
    public static final String HELP_USAGE = "2:usage error (unknown option, bad value)";
    /** The {@code --help} line for {@link #CLOSED_EARLY}. */
    public static final String HELP_CLOSED_EARLY = "3:connection closed by the server before the whole answer";
    /** The {@code --help} line for {@link #TIMEOUT}. */
    public static final String HELP_TIMEOUT = "4:timeout (--connect-timeout, --read-timeout)";
    /** The {@code --help} line for {@link #CORRUPT_DATA}. */
    public static final String HELP_CORRUPT_DATA = "5:corrupt data from the server (bad size, length or value)";
    /** The {@code --help} line for {@link #CONNECTION}. */
    public static final String HELP_CONNECTION = "6:connection error (refused, unreachable, unknown host)";

    private final int exitCode;

    ClientFailure(int exitCode) {
        this.exitCode = exitCode;
    }

    /** {@return the process exit code for this failure} */
    public int exitCode() {
        return exitCode;
    }

    /**
     * The kind of failure from the exception the client caught: none (the connection just
     * closed), a truncated stream, other QDataStream errors, timeouts, the rest of I/O.
     *
     * @param cause the exception caught, or null when the connection just closed
     * @return the failure kind
     */
    public static ClientFailure of(Throwable cause) {
        if (cause == null || cause instanceof TruncatedInputException) return CLOSED_EARLY;
        if (cause instanceof QDataStreamException) return CORRUPT_DATA;
        if (cause instanceof SocketTimeoutException || cause instanceof ReadTimeoutException
                || cause instanceof ConnectTimeoutException || cause instanceof TimeoutException) {
            return TIMEOUT;
        }
        return CONNECTION;
    }
}
