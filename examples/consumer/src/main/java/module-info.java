/** A user's module: needs only the codec, which needs nothing. */
module io.github.qdatastream.examples.consumer {
    requires io.github.qdatastream.codec;
}
