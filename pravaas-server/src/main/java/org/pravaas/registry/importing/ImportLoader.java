package org.pravaas.registry.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.pravaas.registry.importing.ImportJobs.Counts;
import org.pravaas.registry.person.Persons;
import org.pravaas.registry.person.PreparedPerson;
import org.pravaas.registry.person.PreparedPerson.Prepared;
import org.pravaas.shared.io.TabularReader;
import org.pravaas.shared.io.TabularRow;
import org.springframework.stereotype.Component;

/**
 * Streams a file through validation into COPY, a chunk at a time, inside the caller's
 * transaction: invalid rows are reported, rows already imported (same import key) are skipped,
 * valid rows are staged and moved into the registry at the end. Returns the ids stored.
 */
@Component
class ImportLoader {
    static final int CHUNK = 2_000;

    private final RowConverter converter;
    private final PreparedPerson preparer;
    private final Persons persons;
    private final PersonCopy copy;
    private final ImportJobs jobs;

    ImportLoader(RowConverter converter, PreparedPerson preparer, Persons persons, PersonCopy copy, ImportJobs jobs) {
        this.converter = converter;
        this.preparer = preparer;
        this.persons = persons;
        this.copy = copy;
        this.jobs = jobs;
    }

    /** Where the people go and who imports them. */
    record Target(UUID officeId, String officeCode, String username, boolean reviewDuplicates) {}

    /** Reads every row; stores the valid new ones unless {@code dryRun}; returns the ids stored. */
    List<UUID> load(
            UUID job,
            TabularReader reader,
            ColumnMapping mapping,
            boolean dryRun,
            Target user,
            Counts counts,
            Consumer<Counts> progress) {
        List<String> header = reader.header();
        KeySet seen = new KeySet();
        List<ParsedRow> chunk = new ArrayList<>(CHUNK);
        if (!dryRun) copy.begin();
        for (TabularRow row : reader) {
            ParsedRow parsed = converter.convert(row, mapping, header);
            counts.total++;
            if (!parsed.valid()) {
                counts.invalid++;
                jobs.errors(
                        job,
                        parsed.errors(),
                        parsed.errors().stream().map(e -> parsed.cells()).toList());
            } else if (!seen.add(parsed.importKey())) {
                counts.known++;
            } else {
                counts.valid++;
                chunk.add(parsed);
            }
            if (chunk.size() == CHUNK) {
                flush(chunk, dryRun, user, counts);
                progress.accept(counts);
            }
        }
        flush(chunk, dryRun, user, counts);
        counts.stored = dryRun ? 0 : copy.commit();
        // The ids are only needed to review the new people; ten million of them would fill the heap.
        List<UUID> stored = !dryRun && user.reviewDuplicates() ? copy.insertedIds() : List.of();
        progress.accept(counts);
        return stored;
    }

    private void flush(List<ParsedRow> chunk, boolean dryRun, Target user, Counts counts) {
        if (chunk.isEmpty()) return;
        UUID office = user.officeId();
        Set<String> known = persons.knownImportKeys(
                office, chunk.stream().map(ParsedRow::importKey).toList());
        List<ParsedRow> fresh =
                chunk.stream().filter(r -> !known.contains(r.importKey())).toList();
        counts.known += known.size();
        counts.valid -= known.size();
        if (!dryRun && !fresh.isEmpty()) {
            int year = LocalDate.now().getYear();
            int first = persons.reserveReferences(office, year, fresh.size());
            Instant now = Instant.now();
            // Preparing (transliteration, match keys, snapshot) is pure computation: use every core.
            List<Prepared> prepared = IntStream.range(0, fresh.size())
                    .parallel()
                    .mapToObj(i -> preparer.prepare(
                            fresh.get(i).person(),
                            fresh.get(i).documents(),
                            office,
                            Persons.reference(user.officeCode(), year, first + i),
                            now,
                            user.username()))
                    .toList();
            copy.stage(prepared, fresh.stream().map(ParsedRow::importKey).toList());
        }
        chunk.clear();
    }
}
