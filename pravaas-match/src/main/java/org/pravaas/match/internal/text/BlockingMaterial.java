package org.pravaas.match.internal.text;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What blocking needs from a name, hashed once: the distinct phonetic codes of the tokens of the
 * first two readings; for each of the first three readings an order-free sum of its tokens' code
 * hashes (sums of several name fields combine into a whole-name key); every other letter
 * trigram of the first reading.
 */
public record BlockingMaterial(long[] tokenCodes, long[] wholeCodes, long[] trigrams) {
    static BlockingMaterial of(char[][][] readings, char[] firstJoined) {
        return new BlockingMaterial(tokenCodes(readings), wholeCodes(readings), trigrams(firstJoined));
    }

    private static long[] tokenCodes(char[][][] readings) {
        Set<Long> codes = new LinkedHashSet<>();
        for (int r = 0; r < Math.min(2, readings.length); r++) {
            for (char[] t : readings[r]) codes.add(Hashing.of(Phonetic.code(new String(t))));
        }
        return codes.stream().mapToLong(Long::longValue).toArray();
    }

    private static long[] wholeCodes(char[][][] readings) {
        Set<Long> out = new LinkedHashSet<>();
        for (int r = 0; r < Math.min(3, readings.length); r++) {
            long sum = 0;
            for (char[] t : readings[r]) sum += Hashing.of(Phonetic.code(new String(t)));
            out.add(sum);
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** Every other trigram: a typo spoils at most two of them, and keys stay few. */
    private static long[] trigrams(char[] j) {
        long[] out = new long[Math.max(0, (j.length - 1) / 2)];
        for (int k = 0; k < out.length; k++) {
            int i = 2 * k;
            out[k] = Hashing.mix(Hashing.mix(j[i], j[i + 1]), j[i + 2]);
        }
        return out;
    }
}
