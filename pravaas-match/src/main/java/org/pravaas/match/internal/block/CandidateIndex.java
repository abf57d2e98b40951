package org.pravaas.match.internal.block;

import java.util.Arrays;
import java.util.List;
import org.pravaas.match.internal.score.Features;

/**
 * Blocks as runs of a sorted array of (key, record) longs. A pair found in several blocks is
 * visited once, in the block of the smallest key the two records share; blocks larger than the
 * cap are dropped. Records {@code [0, split)} and {@code [split, n)} are the two sides of a link;
 * for a dedupe, split is n and every pair within a block is visited.
 */
public final class CandidateIndex {
    private static final System.Logger LOG = System.getLogger(CandidateIndex.class.getName());
    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private final long[] entries;
    private final int[] runStarts;
    private final long[][] recordKeys;
    private final int split;
    private final boolean link;

    private CandidateIndex(long[] entries, int[] runStarts, long[][] recordKeys, int split, boolean link) {
        this.entries = entries;
        this.runStarts = runStarts;
        this.recordKeys = recordKeys;
        this.split = split;
        this.link = link;
    }

    public static CandidateIndex build(List<Features> records, int split, boolean link, BlockingKeys rules, int cap) {
        if (records.size() > INDEX_MASK)
            throw new IllegalArgumentException("at most " + INDEX_MASK + " records per run");
        long[] entries = KeyCollector.collect(records, rules);
        Arrays.parallelSort(entries);
        int[] runs = usableRuns(entries, cap);
        long[][] keys = recordKeys(entries, runs, records.size());
        return new CandidateIndex(entries, runs, keys, split, link);
    }

    static long key(long entry) {
        return entry >>> INDEX_BITS;
    }

    /** 39 bits of key above 24 of record: positive, so that signed order is key order. */
    static long entry(long hash, int record) {
        return (hash >>> (INDEX_BITS + 1)) << INDEX_BITS | record;
    }

    private static int[] usableRuns(long[] entries, int cap) {
        int[] starts = new int[16];
        int count = 0;
        int dropped = 0;
        for (int i = 0; i < entries.length; ) {
            int j = i + 1;
            while (j < entries.length && key(entries[j]) == key(entries[i])) j++;
            if (j - i >= 2 && j - i <= cap) {
                if (count + 1 >= starts.length) starts = Arrays.copyOf(starts, starts.length * 2);
                starts[count++] = i;
            } else if (j - i > cap) {
                dropped++;
            }
            i = j;
        }
        LOG.log(System.Logger.Level.DEBUG, "{0} blocks kept, {1} larger than {2} dropped", count, dropped, cap);
        return Arrays.copyOf(starts, count);
    }

    private static long[][] recordKeys(long[] entries, int[] runs, int n) {
        int[] sizes = new int[n];
        for (int r : runs) forRun(entries, r, e -> sizes[(int) (e & INDEX_MASK)]++);
        long[][] keys = new long[n][];
        for (int i = 0; i < n; i++) keys[i] = new long[sizes[i]];
        Arrays.fill(sizes, 0);
        for (int r : runs)
            forRun(entries, r, e -> keys[(int) (e & INDEX_MASK)][sizes[(int) (e & INDEX_MASK)]++] = key(e));
        return keys; // runs are visited in key order, so each record's keys come out sorted
    }

    private interface EntryVisitor {
        void visit(long entry);
    }

    private static void forRun(long[] entries, int start, EntryVisitor v) {
        long k = key(entries[start]);
        for (int i = start; i < entries.length && key(entries[i]) == k; i++) v.visit(entries[i]);
    }

    public int runCount() {
        return runStarts.length;
    }

    /** Visits the pairs of runs {@code [from, to)} that this run owns. */
    public void visitRuns(int from, int to, PairVisitor visitor) {
        for (int r = from; r < to; r++) {
            int start = runStarts[r];
            long k = key(entries[start]);
            int end = start;
            while (end < entries.length && key(entries[end]) == k) end++;
            for (int a = start; a < end; a++) {
                int i = (int) (entries[a] & INDEX_MASK);
                for (int b = a + 1; b < end; b++) {
                    int j = (int) (entries[b] & INDEX_MASK);
                    if (link && (i < split) == (j < split)) continue;
                    if (i != j && smallestShared(recordKeys[i], recordKeys[j]) == k) {
                        if (i < j) visitor.visit(i, j);
                        else visitor.visit(j, i);
                    }
                }
            }
        }
    }

    private static long smallestShared(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) return a[i];
            if (a[i] < b[j]) i++;
            else j++;
        }
        return -1;
    }

    /** Receives candidate pairs; one instance per worker thread. */
    public interface PairVisitor {
        void visit(int i, int j);
    }
}
