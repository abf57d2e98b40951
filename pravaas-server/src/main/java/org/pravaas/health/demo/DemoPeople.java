package org.pravaas.health.demo;

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
 * Registers the demo clinic's people in the Cox's Bazar sub-office through the registry's own
 * import (as the demo administrator), each with a camp document number to find them by again.
 */
@Component("healthDemoPeople")
class DemoPeople {
    static final int COUNT = 60;
    private static final String[] WOMEN = {
        "Hasina", "Rahima", "Fatima", "Jannat", "Noor", "Rashida", "Sabekun", "Taslima", "Minara", "Shamima"
    };
    private static final String[] MEN = {
        "Mohammed", "Abdul", "Nur", "Rashid", "Anwar", "Jamal", "Salim", "Karim", "Hamid", "Yusuf"
    };
    private static final String[] FAMILIES = {
        "Begum", "Khatun", "Ullah", "Alam", "Hossain", "Islam", "Rahman", "Kabir", "Amin", "Haque"
    };
    private final ImportService imports;
    private final PersonDirectory directory;
    private final BatchIdentity identity;

    DemoPeople(ImportService imports, PersonDirectory directory, BatchIdentity identity) {
        this.imports = imports;
        this.directory = directory;
        this.identity = identity;
    }

    /** The people in file order, as the registry shows them. */
    List<PersonSummary> register() throws Exception {
        identity.actAs("admin");
        Path file = Files.createTempFile("pravaas-demo-health", ".csv");
        try {
            Files.write(file, rows(), StandardCharsets.UTF_8);
            var plan = imports.plan(file, "cox-bazar-health.csv", null, "BD-CXB");
            imports.run(imports.start(plan, false), plan, false);
        } finally {
            Files.deleteIfExists(file);
        }
        List<PersonSummary> out = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            directory.search(new PersonQuery(document(i), null, null)).stream()
                    .findFirst()
                    .ifPresent(h -> out.add(h.person().summary()));
        }
        return out;
    }

    static String document(int i) {
        return String.format(Locale.ROOT, "CXBH%05d", i + 1);
    }

    private static List<String> rows() {
        List<String> rows = new ArrayList<>();
        rows.add("external_id,given_name,family_name,sex,date_of_birth,nationality,document_type,document_country,"
                + "document_number");
        for (int i = 0; i < COUNT; i++) {
            boolean woman = i % 2 == 0;
            String given = woman ? WOMEN[i / 2 % WOMEN.length] : MEN[i / 2 % MEN.length];
            String family = FAMILIES[(i * 7) % FAMILIES.length];
            // Adults and children alike: the profiles ask different things of a 9-year-old and a 40-year-old.
            int year = i % 5 == 4 ? 2014 + i % 10 : 1960 + (i * 13) % 45;
            String birth = String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + i % 12, 1 + (i * 3) % 28);
            rows.add("HLT-" + (i + 1) + "," + given + "," + family + "," + (woman ? "F" : "M") + "," + birth
                    + ",MM,OTHER,BD," + document(i));
        }
        return rows;
    }
}
