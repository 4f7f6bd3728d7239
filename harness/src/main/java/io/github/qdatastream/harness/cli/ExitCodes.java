package io.github.qdatastream.harness.cli;

/**
 * Exit codes of qds encode / qds decode.
 *
 * <ul>
 *   <li>0: success (decode: every type decoded and every byte used; batch: every line succeeded);</li>
 *   <li>1: bad input: invalid JSON, hex or type expression, a value that does not fit its type,
 *       a decode that stopped (ReadPastEnd, ReadCorruptData, SizeLimitExceeded); batch: at
 *       least one line had an error;</li>
 *   <li>2: usage error (unknown option, missing argument), as picocli reports it;</li>
 *   <li>3: decode only: every type decoded but bytes are left over.</li>
 * </ul>
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    public static final int TRAILING_BYTES = 3;

    private ExitCodes() {
    }
}
