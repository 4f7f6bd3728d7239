package io.github.qdatastream.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.qdatastream.codec.protocol.Fortune;

/**
 * The Fortune example in both styles: the Qt 4 server's quint16-sized blocks, and the Qt 5.7+
 * server's bare QStrings read with a transaction.
 */
class FortuneFuzzTest {

    @FuzzTest
    @DictionaryFile(resourcePath = "/io/github/qdatastream/fuzz/qdatastream.dict")
    void sizedBlocks(byte[] data) {
        ProtocolCheck.framed(data, Fortune.FRAMING, Fortune.CODEC);
    }

    @FuzzTest
    @DictionaryFile(resourcePath = "/io/github/qdatastream/fuzz/qdatastream.dict")
    void transactions(byte[] data) {
        ProtocolCheck.unframed(data, Fortune.CODEC);
    }
}
