package io.github.qdatastream.harness.trip;

import io.github.qdatastream.codec.protocol.TripReply;
import io.github.qdatastream.harness.net.ClientFailure;
import java.util.List;

/**
 * A Trip request that did not end with the server's 0xFFFF: the connection closed early
 * ("connection closed by server", as the book's TripPlanner says), a reply block was malformed,
 * or a socket error or timeout. {@link #tripsSoFar()} holds the trips that did arrive whole;
 * they are never presented as a complete answer.
 *
 * <p>Immutable once built.
 */
public final class TripClientException extends Exception {

    private final transient List<TripReply> tripsSoFar;

    /**
     * A failed search.
     *
     * @param message what failed, for the user
     * @param tripsSoFar the trips received before the failure, copied
     * @param cause the exception caught, or null
     */
    public TripClientException(String message, List<TripReply> tripsSoFar, Throwable cause) {
        super(message, cause);
        this.tripsSoFar = List.copyOf(tripsSoFar);
    }

    /** {@return why the answer is incomplete (the client's exit code)} */
    public ClientFailure failure() {
        return ClientFailure.of(getCause());
    }

    /** {@return the trips received before the failure} */
    public List<TripReply> tripsSoFar() {
        return tripsSoFar;
    }
}
