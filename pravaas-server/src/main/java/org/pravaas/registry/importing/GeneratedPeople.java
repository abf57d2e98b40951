package org.pravaas.registry.importing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.registry.PersonSummary;
import org.pravaas.registry.person.PersonDirectory;
import org.pravaas.registry.person.PersonQuery;
import org.springframework.stereotype.Component;

/**
 * Registers generated people through the registry's own import (as the demo administrator), each
 * with a passport number {@code prefix + n} to find them by again: for other modules' demo data,
 * tests and benches. Every fifth person is a child; the rest are adults.
 */
@Component
public class GeneratedPeople {
    private final ImportService imports;
    private final PersonDirectory directory;
    private final BatchIdentity identity;

    GeneratedPeople(ImportService imports, PersonDirectory directory, BatchIdentity identity) {
        this.imports = imports;
        this.directory = directory;
        this.identity = identity;
    }

    /** Given and family names to draw from, and the nationality (ISO 3166 alpha-2) of everyone. */
    public record Names(List<String> given, List<String> family, String nationality) {}

    /** Registers {@code count} people in the office; returns them in order, the administrator signed in. */
    public List<PersonSummary> register(String officeCode, String prefix, int count, Names names) throws Exception {
        identity.actAs("admin");
        Path file = Files.createTempFile("pravaas-people", ".csv");
        try {
            Files.write(file, rows(prefix, count, names), StandardCharsets.UTF_8);
            var plan = imports.plan(file, prefix.toLowerCase(Locale.ROOT) + ".csv", null, officeCode);
            imports.run(imports.start(plan, false), plan, false, false);
        } finally {
            Files.deleteIfExists(file);
        }
        return find(prefix, count);
    }

    /** The people registered under the prefix, in order. */
    public List<PersonSummary> find(String prefix, int count) {
        List<PersonSummary> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            directory.search(new PersonQuery(document(prefix, i), null, null)).stream()
                    .findFirst()
                    .ifPresent(h -> out.add(h.person().summary()));
        }
        return out;
    }

    /** The passport number of the {@code i}-th person (from 0) registered under the prefix. */
    public static String document(String prefix, int i) {
        return String.format(Locale.ROOT, "%s%05d", prefix, i + 1);
    }

    private static List<String> rows(String prefix, int count, Names names) {
        List<String> rows = new ArrayList<>();
        rows.add("external_id,given_name,family_name,sex,date_of_birth,nationality,document_type,document_country,"
                + "document_number");
        for (int i = 0; i < count; i++) {
            int year = i % 5 == 4 ? 2015 + i % 8 : 1965 + (i * 11) % 38;
            String birth = String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + i % 12, 1 + (i * 7) % 28);
            String given = names.given().get(i % names.given().size());
            String family = names.family().get((i / 3) % names.family().size());
            String n = names.nationality();
            rows.add(prefix + "-" + (i + 1) + "," + given + "," + family + " " + (char) ('A' + i % 26)
                    + (char) ('a' + (i / 26) % 26) + "," + (i % 2 == 0 ? "F" : "M") + "," + birth + "," + n
                    + ",PASSPORT," + n + "," + document(prefix, i));
        }
        return rows;
    }
}
