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

    LogCapture(Class<?> source) {
        this.logger = Logger.getLogger(source.getName());
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
    }

    boolean contains(String text) {
        return messages.stream().anyMatch(m -> m.contains(text));
    }
}
