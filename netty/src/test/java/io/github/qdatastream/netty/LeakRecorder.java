package io.github.qdatastream.netty;

import io.netty.util.ResourceLeakDetector;
import java.util.ArrayList;
import java.util.List;

/**
 * The leak detector of every Netty resource in this module's tests, installed by the surefire
 * configuration ({@code io.netty.customResourceLeakDetector}, with
 * {@code io.netty.leakDetection.level=PARANOID}: every buffer tracked). Netty's own detector only
 * logs a leak; this one records it instead, so that {@link NoLeaks} can fail the test that caused
 * it with the access records in the message.
 */
public final class LeakRecorder<T> extends ResourceLeakDetector<T> {

    private static final List<String> LEAKS = new ArrayList<>();

    public LeakRecorder(Class<?> resourceType, int samplingInterval, long maxActive) {
        super(resourceType, samplingInterval, maxActive);
    }

    public LeakRecorder(Class<?> resourceType, int samplingInterval) {
        super(resourceType, samplingInterval);
    }

    /** Whether Netty loaded this class as its leak detector (else the surefire setting is missing). */
    static boolean installed() {
        return installed;
    }

    private static volatile boolean installed;

    {
        installed = true;
    }

    /** The leaks reported since the last call, and forgets them. */
    static synchronized List<String> takeLeaks() {
        List<String> out = new ArrayList<>(LEAKS);
        LEAKS.clear();
        return out;
    }

    private static synchronized void record(String leak) {
        LEAKS.add(leak);
    }

    /** Report even when the logging backend has errors switched off. */
    @Override
    protected boolean needReport() {
        return true;
    }

    @Override
    protected void reportTracedLeak(String resourceType, String records) {
        record(resourceType + " leaked:" + records); // the records go into the failing test's message
    }

    @Override
    protected void reportUntracedLeak(String resourceType) {
        record(resourceType + " leaked (untraced)");
    }
}
