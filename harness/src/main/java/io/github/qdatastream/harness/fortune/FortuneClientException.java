package io.github.qdatastream.harness.fortune;

import io.github.qdatastream.harness.net.ClientFailure;

/** No whole fortune arrived: closed early, malformed, timed out, or a socket error. */
public final class FortuneClientException extends Exception {
    public FortuneClientException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Why no fortune arrived (the client's exit code). */
    public ClientFailure failure() {
        return ClientFailure.of(getCause());
    }
}
