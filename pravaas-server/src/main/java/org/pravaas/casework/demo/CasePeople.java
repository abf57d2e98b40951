package org.pravaas.casework.demo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.registry.PersonSummary;
import org.pravaas.registry.importing.ImportService;
import org.pravaas.registry.person.PersonDirectory;
import org.pravaas.registry.person.PersonQuery;
import org.springframework.stereotype.Component;

/**
 * Registers people through the registry's own import (as the demo administrator), each with a
 * document number {@code prefix + n} to find them by again: for the demo, the tests and the bench.
 */
@Component
public class CasePeople {
    private static final String[] GIVEN = {"Maryam", "Ahmad", "Zeinab", "Hassan", "Nour", "Ali", "Rima", "Bilal"};
    private static final String[] FAMILY = {"Hamdan", "Sayegh", "Chami", "Barakat", "Jaber", "Fares", "Moussa"};
    private final ImportService imports;
    private final PersonDirectory directory;
    private final BatchIdentity identity;

    CasePeople(ImportService imports, PersonDirectory directory, BatchIdentity identity) {
        this.imports = imports;
        this.directory = directory;
        this.identity = identity;
    }

    /** Registers {@code count} people (every fifth a child) in the office; returns them in order, admin signed in. */
    public List<PersonSummary> register(String officeCode, String prefix, int count) throws Exception {
        identity.actAs("admin");
        Path file = Files.createTempFile("pravaas-casework", ".csv");
        try {
            Files.write(file, rows(prefix, count), StandardCharsets.UTF_8);
            var plan = imports.plan(file, prefix.toLowerCase(Locale.ROOT) + ".csv", null, officeCode);
            imports.run(imports.start(plan, false), plan, false, false);
        } finally {
            Files.deleteIfExists(file);
        }
        List<PersonSummary> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            directory.search(new PersonQuery(document(prefix, i), null, null)).stream()
                    .findFirst()
                    .ifPresent(h -> out.add(h.person().summary()));
        }
        return out;
    }

    static String document(String prefix, int i) {
        return String.format(Locale.ROOT, "%s%05d", prefix, i + 1);
    }

    private static List<String> rows(String prefix, int count) {
        List<String> rows = new ArrayList<>();
        rows.add("external_id,given_name,family_name,sex,date_of_birth,nationality,document_type,document_country,"
                + "document_number");
        for (int i = 0; i < count; i++) {
            int year = i % 5 == 4 ? 2014 + i % 9 : 1962 + (i * 13) % 40;
            String birth = String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + i % 12, 1 + (i * 5) % 28);
            rows.add(prefix + "-" + (i + 1) + "," + GIVEN[i % GIVEN.length] + "," + FAMILY[(i / 2) % FAMILY.length]
                    + " " + (char) ('A' + i % 26) + (char) ('a' + (i / 26) % 26) + "," + (i % 2 == 0 ? "F" : "M")
                    + "," + birth + ",SY,PASSPORT,SY," + document(prefix, i));
        }
        return rows;
    }
}
