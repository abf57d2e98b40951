package org.pravaas.match.internal.text;

/** 64-bit hashing for blocking keys: spread, not secret, and free of allocation. */
public final class Hashing {
    private Hashing() {}

    public static long of(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * 0x100000001b3L;
        return finish(h);
    }

    /** Combines a hash with a value, order-dependent. */
    public static long mix(long h, long value) {
        return finish(h * 0x9E3779B97F4A7C15L + value);
    }

    /** The splitmix64 finaliser. */
    static long finish(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
