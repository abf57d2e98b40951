package org.pravaas.registry.importing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The import keys seen so far in one file, as 64-bit hashes in an open-addressing table: ten
 * million rows take 160 MB instead of gigabytes of strings. Two different keys share a hash with
 * a chance of about one in a hundred thousand per ten million rows.
 */
final class KeySet {
    private long[] slots = new long[1 << 16];
    private int size;

    /** Adds the key; false when it was already there. */
    boolean add(String key) {
        long h = hash(key);
        if (h == 0) h = 1;
        if (size * 2 >= slots.length) grow();
        int mask = slots.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == h) return false;
            if (slots[i] == 0) {
                slots[i] = h;
                size++;
                return true;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        int mask = slots.length - 1;
        for (long h : old) {
            if (h == 0) continue;
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = h;
            size++;
        }
    }

    /** FNV-1a over the UTF-8 bytes, then a final mix. */
    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }

    int size() {
        return size;
    }

    @Override
    public String toString() {
        return "KeySet" + Arrays.toString(new int[] {size});
    }
}
