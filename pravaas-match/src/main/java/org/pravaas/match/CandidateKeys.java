package org.pravaas.match;

import java.util.Arrays;
import org.pravaas.match.internal.block.BlockingKeys;
import org.pravaas.match.internal.score.Features;

/**
 * Keys for finding candidates online, in a database index rather than in memory: the keys to
 * store with each record, and the keys to look up for a record being checked. A stored record
 * and a probe that the batch matcher would compare share at least one key, except for pairs found
 * only by name trigrams (both name tokens misspelt beyond their sound).
 *
 * <p>Keys come in two kinds. <em>Selective</em> keys combine a name with a birth date or are
 * identifiers: their blocks are small. <em>Broad</em> keys are whole names alone: they find a
 * person whose birth date is missing or wrong, but a common name's block is large, so a caller
 * should cap how many broad candidates it reads. Thread-safe.
 */
public final class CandidateKeys {
    private final Schema schema;
    private final BlockingKeys keys;

    public CandidateKeys(Schema schema) {
        this.schema = schema;
        this.keys = new BlockingKeys(schema);
    }

    /** The keys of a record found by one lookup, split by kind; both arrays sorted, no repeats. */
    public record Keys(long[] broad, long[] selective) {
        /** All keys, sorted, no repeats: what to store. */
        public long[] all() {
            return Arrays.stream(concat(broad, selective)).sorted().distinct().toArray();
        }

        private static long[] concat(long[] a, long[] b) {
            long[] all = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }

    /** The keys to store with a record. */
    public Keys stored(MatchRecord record) {
        Collector broad = new Collector();
        Collector selective = new Collector();
        keys.storedKeys(Features.of(schema, record), broad::add, selective::add);
        return new Keys(broad.sorted(), selective.sorted());
    }

    /** The keys to look up for a record being checked (stored keys plus birth-date variants). */
    public Keys probe(MatchRecord record) {
        Collector broad = new Collector();
        Collector selective = new Collector();
        keys.probeKeys(Features.of(schema, record), broad::add, selective::add);
        return new Keys(broad.sorted(), selective.sorted());
    }

    private static final class Collector {
        private long[] values = new long[16];
        private int size;

        void add(long key) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = key;
        }

        long[] sorted() {
            return Arrays.stream(values, 0, size).sorted().distinct().toArray();
        }
    }
}
