package io.github.qdatastream.harness.fortune;

/** No whole fortune arrived: closed early, malformed, timed out, or a socket error. */
public final class FortuneClientException extends Exception {
    public FortuneClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
