package org.pravaas.match.internal.block;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.pravaas.match.internal.score.Features;

/** Gathers every record's blocking keys as packed (key, record) longs, in parallel. */
final class KeyCollector {
    private static final int CHUNK = 4096;

    private KeyCollector() {}

    static long[] collect(List<Features> records, BlockingKeys rules) {
        int chunks = (records.size() + CHUNK - 1) / CHUNK;
        long[][] parts = IntStream.range(0, chunks)
                .parallel()
                .mapToObj(c -> chunk(records, rules, c))
                .toArray(long[][]::new);
        int total = 0;
        for (long[] p : parts) total += p.length;
        long[] out = new long[total];
        int at = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static long[] chunk(List<Features> records, BlockingKeys rules, int c) {
        long[] buf = new long[CHUNK * 16];
        int[] n = {0};
        long[] own = new long[64];
        int end = Math.min(records.size(), (c + 1) * CHUNK);
        for (int i = c * CHUNK; i < end; i++) {
            int record = i;
            int[] k = {0};
            long[][] holder = {own};
            rules.keys(records.get(i), h -> {
                if (k[0] == holder[0].length) holder[0] = Arrays.copyOf(holder[0], k[0] * 2);
                holder[0][k[0]++] = CandidateIndex.entry(h, record);
            });
            own = holder[0];
            long[] distinct = Arrays.stream(own, 0, k[0]).sorted().distinct().toArray();
            if (n[0] + distinct.length > buf.length)
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n[0] + distinct.length));
            System.arraycopy(distinct, 0, buf, n[0], distinct.length);
            n[0] += distinct.length;
        }
        return Arrays.copyOf(buf, n[0]);
    }
}
