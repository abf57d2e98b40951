package org.pravaas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravaas.PravaasTest;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.registry.importing.ImportJob;
import org.pravaas.registry.importing.ImportService;
import org.pravaas.registry.person.PersonDirectory;
import org.pravaas.registry.person.PersonQuery;
import org.pravaas.shared.io.TabularFileException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

@PravaasTest
class RegistryImportTests {
    @TempDir
    Path dir;

    @Autowired
    ImportService imports;

    @Autowired
    PersonDirectory directory;

    @Autowired
    BatchIdentity identity;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.pravaas.registry.person.PersonService persons;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ImportJob run(Path file, boolean dryRun) {
        var plan = imports.plan(file, file.getFileName().toString(), null);
        return imports.run(imports.start(plan, dryRun), plan, dryRun);
    }

    /** A name made of letters only (names with digits are refused): 0 → "Aaaa", 1 → "Baaa", … */
    private static String letters(int n) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 4; i++, n /= 26) name.append((char) ((i == 0 ? 'A' : 'a') + n % 26));
        return name.toString();
    }

    private Path csv(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aDryRunReportsEveryBadRowAndStoresNothingThenTheImportStoresTheValidRowsOnce() throws Exception {
        identity.actAs("registrar");
        Path file = csv(
                "families.csv",
                """
                id,given_name,family_name,sex,date_of_birth,nationality,passport_number
                IMP-1,Yasmin,Barakat,F,1983-02-11,SY,N00112233
                IMP-2,Tariq,Barakat,M,2010,SY,
                IMP-3,Huda,Barakat,X,1983-02-30,SY,
                IMP-4,Sami,Barakat,M,1979-09-09,ZZ,
                IMP-5,Rami,Barakat,boy,1980-01-01,SY,
                """);
        ImportJob dry = run(file, true);
        assertThat(dry.rowsTotal()).isEqualTo(5);
        assertThat(dry.rowsValid()).isEqualTo(2);
        assertThat(dry.rowsInvalid()).isEqualTo(3);
        assertThat(directory.search(new PersonQuery("Barakat", null, null))).isEmpty();
        assertThat(imports.errors(dry.id(), 10))
                .extracting(e -> e.error().row() + ":" + e.error().column() + ":"
                        + e.error().messageKey())
                .containsExactly(
                        "4:date_of_birth:registry.birth-date.impossible",
                        "5:nationality:registry.country.unknown",
                        "6:sex:registry.import.sex");

        ImportJob real = run(file, false);
        assertThat(real.rowsStored()).isEqualTo(2);
        assertThat(directory.search(new PersonQuery("Barakat", null, null))).hasSize(2);
        assertThat(directory.search(new PersonQuery("N00112233", null, null))).hasSize(1);

        var yasmin = directory
                .search(new PersonQuery("N00112233", null, null))
                .get(0)
                .person();
        assertThat(directory.history(yasmin.id())).extracting(v -> v.change()).containsExactly("imported");
        persons.update(
                yasmin.id(),
                yasmin.version(),
                RegistryTests.person("Yasmine", "Barakat", "1983-02-11", org.pravaas.registry.person.Sex.F, "SY"));
        assertThat(directory.history(yasmin.id()))
                .extracting(v -> v.version() + ":" + v.change() + ":"
                        + v.person().primaryName().given())
                .containsExactly("2:updated:Yasmine", "1:imported:Yasmin");

        ImportJob again = run(file, false);
        assertThat(again.rowsStored()).isZero();
        assertThat(again.rowsKnown()).isEqualTo(2);
        assertThat(directory.search(new PersonQuery("Barakat", null, null))).hasSize(2);
    }

    @Test
    void aLargeImportGivesThePlannerTheNewShapeOfTheTablesItFilled() throws Exception {
        identity.actAs("registrar");
        StringBuilder rows = new StringBuilder("given_name,family_name,sex,date_of_birth,nationality\n");
        for (int i = 0; i < 10_000; i++) {
            rows.append(letters(i)).append(",Family").append(letters(i % 977)).append(",F,1990-01-01,SD\n");
        }
        var before = jdbc.sql("select clock_timestamp()")
                .query(java.time.OffsetDateTime.class)
                .single();

        var plan = imports.plan(csv("large.csv", rows.toString()), "large.csv", null);
        ImportJob job = imports.run(imports.start(plan, false), plan, false, false);

        assertThat(job.rowsStored()).isEqualTo(10_000);
        for (String table : List.of("person", "person_name", "document")) {
            var analyzed = jdbc.sql(
                            "select last_analyze from pg_stat_user_tables where schemaname = 'registry' and relname = :t")
                    .param("t", table)
                    .query(java.time.OffsetDateTime.class)
                    .optional();
            assertThat(analyzed).as(table).isPresent();
            assertThat(analyzed.get()).as(table).isAfter(before);
        }
    }

    @Test
    void theSamePersonTwiceInAFileGoesToTheReviewQueue() throws Exception {
        identity.actAs("registrar");
        Path file = csv(
                "camp.csv",
                """
                given_name,family_name,sex,date_of_birth,nationality
                Mariam,Abdelrahman,F,1996-07-19,SD
                مريم,عبد الرحمن,F,1996-07-19,SD
                """);
        ImportJob job = run(file, false);
        assertThat(job.rowsStored()).isEqualTo(2);
        assertThat(job.duplicates()).isEqualTo(1);
        long queued = jdbc.sql(
                        "select count(*) from registry.duplicate_pair where source = 'IMPORT' and status = 'OPEN'")
                .query(Long.class)
                .single();
        assertThat(queued).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aFileInAnotherEncodingIsRefusedWithTheLineAndNothingIsStored() throws Exception {
        identity.actAs("registrar");
        Path file = dir.resolve("arabic-1256.csv");
        Files.write(file, "given_name,family_name\nعلي,حسن\n".getBytes(Charset.forName("windows-1256")));
        long before = jdbc.sql("select count(*) from registry.person")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> run(file, false))
                .isInstanceOfSatisfying(TabularFileException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("file.not-utf8"));
        assertThat(jdbc.sql("select count(*) from registry.person")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }
}
