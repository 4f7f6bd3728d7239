package io.github.qdatastream.harness.trip;

import io.github.qdatastream.codec.protocol.TripReply;
import java.util.List;

/**
 * A Trip request that did not end with the server's 0xFFFF: the connection closed early
 * ("connection closed by server", as the book's TripPlanner says), a reply block was malformed,
 * or a socket error or timeout. {@link #tripsSoFar()} holds the trips that did arrive whole;
 * they are never presented as a complete answer.
 */
public final class TripClientException extends Exception {

    private final transient List<TripReply> tripsSoFar;

    public TripClientException(String message, List<TripReply> tripsSoFar, Throwable cause) {
        super(message, cause);
        this.tripsSoFar = List.copyOf(tripsSoFar);
    }

    public List<TripReply> tripsSoFar() {
        return tripsSoFar;
    }
}
