package io.github.qdatastream.harness.trip;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects the messages a java.util.logging logger publishes. */
final class LogCapture extends Handler implements AutoCloseable {

    final List<String> messages = new CopyOnWriteArrayList<>();
    private final Logger logger;
    private final Level previous;

    LogCapture(Class<?> source) {
        this.logger = Logger.getLogger(source.getName());
        this.previous = logger.getLevel();
        // Whatever an earlier test (e.g. the in-process `qds demo`) set on the parents.
        logger.setLevel(Level.ALL);
        setLevel(Level.ALL);
        logger.addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        messages.add(record.getLevel() + " " + record.getMessage());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previous);
    }

    boolean contains(String text) {
        return messages.stream().anyMatch(m -> m.contains(text));
    }
}
