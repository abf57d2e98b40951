package org.pravaas.registry.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pravaas.match.PopulationGenerator;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.registry.importing.ImportService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo registry, loaded through the real import as the demo administrator: a generated
 * population (Arabic, Devanagari, Hangul and Latin names, with the same people entered again
 * misspelt, in another script or with a day-month swap) spread over the missions, Ukrainian
 * families in Cyrillic, then households and machine-readable zones for the passports.
 */
@Component
@Profile("demo")
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "pravaas.demo.seed", havingValue = "true", matchIfMissing = true)
@Order(20)
class DemoRegistry implements ApplicationRunner {
    /** Which office registers the people of each nationality (Syrians in three missions). */
    private static final Map<String, List<String>> OFFICES = Map.of(
            "SY", List.of("JO-AMM", "LB-BEY", "IQ-BGW", "JO-MFQ"),
            "IN", List.of("IN-DEL"),
            "KR", List.of("KR-SEL"),
            "CO", List.of("CO-BOG"),
            "GB", List.of("HQ"),
            "FR", List.of("HQ"),
            "UA", List.of("HQ"));

    private final ImportService imports;
    private final BatchIdentity identity;
    private final JdbcClient jdbc;
    private final DemoExtras extras;
    private final int people;

    DemoRegistry(
            ImportService imports,
            BatchIdentity identity,
            JdbcClient jdbc,
            DemoExtras extras,
            @Value("${pravaas.demo.registry-people:3000}") int people) {
        this.imports = imports;
        this.identity = identity;
        this.jdbc = jdbc;
        this.extras = extras;
        this.people = people;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from registry.person").query(Long.class).single() > 0) return;
        identity.actAs("admin");
        try {
            Map<String, List<String>> byOffice = split(population());
            Path dir = Files.createTempDirectory("pravaas-demo");
            for (var e : byOffice.entrySet()) {
                Path file = dir.resolve(e.getKey() + ".csv");
                Files.write(file, e.getValue(), StandardCharsets.UTF_8);
                var plan = imports.plan(file, file.getFileName().toString(), null, e.getKey());
                imports.run(imports.start(plan, false), plan, false);
                Files.delete(file);
            }
            Files.delete(dir);
            extras.addZonesAndHouseholds();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private List<String> population() throws IOException {
        StringWriter out = new StringWriter();
        try (BufferedWriter w = new BufferedWriter(out)) {
            PopulationGenerator.generate(people, 2026, w);
        }
        List<String> lines = new ArrayList<>(out.toString().lines().toList());
        lines.addAll(CyrillicFamilies.rows(people / 20));
        return lines;
    }

    /** Rows by office, each list starting with the header. */
    private static Map<String, List<String>> split(List<String> lines) {
        String header = lines.get(0);
        int nationality = List.of(header.split(",")).indexOf("nationality");
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            List<String> offices = OFFICES.getOrDefault(cells[nationality], List.of("HQ"));
            // The same person's records stay in one office, so its review queue holds the planted duplicates.
            String office = offices.get(Math.floorMod(cells[1].hashCode(), offices.size()));
            out.computeIfAbsent(office, k -> new ArrayList<>(List.of(header))).add(lines.get(i));
        }
        return out;
    }
}
