package io.github.qdatastream.codec;

/**
 * The bytes cannot be a valid encoding: Qt's {@code ReadCorruptData}.
 *
 * <p>Immutable once built; may be handed to another thread.
 */
public final class CorruptDataException extends QDataStreamException {

    CorruptDataException(String message, long offset) {
        super(message, offset, true);
    }

    /**
     * {@code what} read the value {@code value} at {@code offset}, which is invalid because
     * {@code why}; for example {@code of("QString byte count", 3, 0, "it is odd")}.
     *
     * @param what what was being read
     * @param value the value read
     * @param offset the byte offset of the value
     * @param why why the value is invalid
     * @return the exception, with a message naming all of these
     */
    public static CorruptDataException of(String what, Object value, long offset, String why) {
        return new CorruptDataException("corrupt data: " + what + " " + value + " at offset " + offset + ": " + why,
                offset);
    }

    /**
     * {@code what} (a QVariant, a map entry, a record component) holds a value of Qt type
     * {@code actual} where {@code expected} was asked for; no offset: the value is already decoded.
     */
    static CorruptDataException wrongType(String what, String actual, String expected) {
        return new CorruptDataException("wrong type: " + what + " holds " + actual + ", not " + expected, -1);
    }

    /** {@code what} (a map key, a list index) is not there. */
    static CorruptDataException missing(String what, String why) {
        return new CorruptDataException("missing value: " + what + ": " + why, -1);
    }

    @Override
    public CorruptDataException within(String context) {
        CorruptDataException e = new CorruptDataException(context + ": " + getMessage(), offset());
        e.setStackTrace(getStackTrace());
        return e;
    }

    @Override
    public Status status() {
        return Status.READ_CORRUPT_DATA;
    }
}
