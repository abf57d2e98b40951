package org.pravaas.match.internal.block;

import static org.pravaas.match.internal.text.Hashing.mix;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.pravaas.match.FieldType;
import org.pravaas.match.Schema;
import org.pravaas.match.internal.score.DateValue;
import org.pravaas.match.internal.score.Features;
import org.pravaas.match.internal.text.NameForms;

/**
 * The union of blocking rules derived from a schema: all names by phonetic code (order-free, for
 * each of the first readings), alone and with the birth year; birth-date variants (exact,
 * day/month swapped, year ±1) with any name token's phonetic code; exact identifiers; and name
 * trigrams with the birth date. Each rule is selective enough that blocks stay small. Keys are
 * 64-bit hashes, computed without allocation from what {@link NameForms} precomputed.
 */
public final class BlockingKeys {
    private static final long WHOLE = 1;
    private static final long WHOLE_YEAR = 2;
    private static final long TRIGRAM_DATE = 3;
    private static final long DATE_CODE = 4;
    private static final long IDENTIFIER = 5;

    private final int[] names;
    private final int[] dates;
    private final int[] identifiers;

    public BlockingKeys(Schema schema) {
        List<Integer> n = new ArrayList<>();
        List<Integer> d = new ArrayList<>();
        List<Integer> i = new ArrayList<>();
        for (int f = 0; f < schema.size(); f++) {
            FieldType t = schema.field(f).type();
            if (t == FieldType.NAME) n.add(f);
            if (t == FieldType.DATE) d.add(f);
            if (t == FieldType.IDENTIFIER) i.add(f);
        }
        names = n.stream().mapToInt(Integer::intValue).toArray();
        dates = d.stream().mapToInt(Integer::intValue).toArray();
        identifiers = i.stream().mapToInt(Integer::intValue).toArray();
    }

    public void keys(Features r, LongConsumer out) {
        DateValue dob = dob(r);
        wholeName(r, dob, out, out);
        for (int f : names) {
            if (!(r.value(f) instanceof NameForms n)) continue;
            if (dob != null) {
                for (long t : n.blocking().trigrams()) out.accept(mix(mix(TRIGRAM_DATE, f), mix(t, dob.asInt())));
            }
        }
        tokenDateKeys(r, dob, out, true);
        identifierKeys(r, out);
    }

    /**
     * The keys an online index stores for a record: whole names (alone and with the birth year),
     * each name token's code with the exact birth date, and identifiers. Date variants are left to
     * the probe side ({@link #probeKeys}), so that the index stays small.
     */
    public void storedKeys(Features r, LongConsumer broad, LongConsumer selective) {
        DateValue dob = dob(r);
        wholeName(r, dob, broad, selective);
        tokenDateKeys(r, dob, selective, false);
        identifierKeys(r, selective);
    }

    /** The keys to look up for a record not yet stored: as {@link #storedKeys}, with date variants. */
    public void probeKeys(Features r, LongConsumer broad, LongConsumer selective) {
        DateValue dob = dob(r);
        wholeName(r, dob, broad, selective);
        tokenDateKeys(r, dob, selective, true);
        identifierKeys(r, selective);
    }

    private void tokenDateKeys(Features r, @Nullable DateValue dob, LongConsumer out, boolean variants) {
        if (dob == null) return;
        for (int f : names) {
            if (!(r.value(f) instanceof NameForms n)) continue;
            for (long code : n.blocking().tokenCodes()) {
                if (variants) dateVariants(mix(DATE_CODE, code), dob, out);
                else out.accept(mix(mix(DATE_CODE, code), dob.asInt()));
            }
        }
    }

    private void identifierKeys(Features r, LongConsumer out) {
        for (int f : identifiers) {
            if (r.value(f) instanceof String id)
                out.accept(mix(mix(IDENTIFIER, f), id.hashCode() * 0x9E3779B97F4A7C15L + id.length()));
        }
    }

    /** Whole-name keys, reading by reading, summing the order-free code hashes of every name field. */
    private void wholeName(Features r, @Nullable DateValue dob, LongConsumer broad, LongConsumer withYear) {
        for (int reading = 0; reading < 3; reading++) {
            long sum = 0;
            boolean any = false;
            boolean more = false;
            for (int f : names) {
                if (!(r.value(f) instanceof NameForms n)) continue;
                long[] sums = n.blocking().wholeCodes();
                sum += sums[Math.min(reading, sums.length - 1)];
                any = true;
                more |= reading + 1 < sums.length;
            }
            if (!any) return;
            broad.accept(mix(WHOLE, sum));
            if (dob != null) withYear.accept(mix(mix(WHOLE_YEAR, sum), dob.year()));
            if (!more) return;
        }
    }

    private @Nullable DateValue dob(Features r) {
        for (int f : dates) {
            if (r.value(f) instanceof DateValue d) return d;
        }
        return null;
    }

    private static void dateVariants(long prefix, DateValue d, LongConsumer out) {
        out.accept(mix(prefix, d.asInt()));
        if (!d.complete()) return;
        if (d.day() <= 12 && d.day() != d.month())
            out.accept(mix(prefix, d.year() * 10000 + d.day() * 100 + d.month()));
        out.accept(mix(prefix, (d.year() + 1) * 10000 + d.month() * 100 + d.day()));
        out.accept(mix(prefix, (d.year() - 1) * 10000 + d.month() * 100 + d.day()));
    }
}
