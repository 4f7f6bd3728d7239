package io.github.qdatastream.harness.fortune;

import io.github.qdatastream.harness.net.ClientFailure;

/**
 * No whole fortune arrived: closed early, malformed, timed out, or a socket error.
 *
 * <p>Immutable once built.
 */
public final class FortuneClientException extends Exception {
    /**
     * A failed fetch.
     *
     * @param message what failed, for the user
     * @param cause the exception caught, or null
     */
    public FortuneClientException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@return why no fortune arrived (the client's exit code)} */
    public ClientFailure failure() {
        return ClientFailure.of(getCause());
    }
}
