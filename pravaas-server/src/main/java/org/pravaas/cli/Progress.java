package org.pravaas.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** Tells a person at the terminal, on standard error, what a long run is doing and for how long. */
final class Progress {
    private static final long EVERY_NANOS = 5_000_000_000L;
    private final PrintStream err;
    private final long start = System.nanoTime();
    private volatile long lastReport = start;

    Progress(PrintStream err) {
        this.err = err;
    }

    void say(String format, Object... args) {
        err.printf("[%6.1fs] %s%n", seconds(), String.format(format, args));
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Passes items on, counting them, and reports the count every few seconds. */
    <T> Consumer<T> counting(Consumer<T> sink, AtomicLong count, String what) {
        return item -> {
            sink.accept(item);
            long n = count.incrementAndGet();
            long now = System.nanoTime();
            if (now - lastReport > EVERY_NANOS) {
                lastReport = now;
                say("%,d %s so far", n, what);
            }
        };
    }
}
