package io.github.qdatastream.codec.frame;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.qdatastream.testkit.QtGen;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.protocol.Fortune;
import io.github.qdatastream.codec.protocol.TripReply;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of protocol messages (Fortune, Trip replies) for the frame properties. */
public final class Messages {

    private Messages() {
    }

    /** Strings of any code points, sometimes long, sometimes null (a null QString). */
    public static Gen<String> qstrings() {
        Gen<String> some = strings().allPossible().ofLengthBetween(0, 12)
                .mix(strings().allPossible().ofLengthBetween(0, 200), 10);
        return some.mix(Generate.constant((String) null), 5);
    }

    public static Gen<Fortune> fortunes() {
        return qstrings().map(Fortune::new);
    }

    /** Dates that round-trip at Qt_4_0 (a quint32 Julian day; 0 is the null date). */
    public static Gen<QDate> qt4Dates() {
        return integers().between(0, Integer.MAX_VALUE).map(jd -> jd == 0 ? QDate.NULL : QDate.ofJulianDay(jd));
    }

    public static Gen<QTime> times() {
        return integers().all().map(QTime::ofMsecs).mix(integers().between(0, QTime.MSECS_PER_DAY - 1).map(QTime::ofMsecs), 50);
    }

    public static Gen<TripReply> tripReplies() {
        return qt4Dates().zip(times(), integers().between(0, 0xFFFF), integers().between(0, 0xFF), qstrings(),
                TripReply::new);
    }

    public static <T> Gen<List<T>> listsOf(Gen<T> g, int max) {
        return listsOf(g, 0, max);
    }

    public static <T> Gen<List<T>> listsOf(Gen<T> g, int min, int max) {
        return lists().of(g).ofSizeBetween(min, max);
    }
}
