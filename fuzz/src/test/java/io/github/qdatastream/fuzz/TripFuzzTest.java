package io.github.qdatastream.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.qdatastream.codec.protocol.TripReply;
import io.github.qdatastream.codec.protocol.TripRequest;

/**
 * The Trip Planner protocol as the server and the client read it: a stream of quint16-sized
 * request blocks, and the reply stream of sized blocks ended by a bare {@code 0xFFFF}.
 */
class TripFuzzTest {

    @FuzzTest
    @DictionaryFile(resourcePath = "/io/github/qdatastream/fuzz/qdatastream.dict")
    void requestStream(byte[] data) {
        ProtocolCheck.framed(data, TripRequest.FRAMING, TripRequest.CODEC);
    }

    @FuzzTest
    @DictionaryFile(resourcePath = "/io/github/qdatastream/fuzz/qdatastream.dict")
    void replyStream(byte[] data) {
        ProtocolCheck.framed(data, TripReply.FRAMING, TripReply.CODEC);
    }
}
