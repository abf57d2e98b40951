package org.pravaas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as an operator uses it, on its own embedded database. */
class CommandLineTests {
    @TempDir
    Path data;

    @Test
    void theFirstAdministratorOpensHeadquartersOnAnEmptyDatabaseAndTheAuditChainHolds() {
        String[] create = createAda();
        Run weak = run("short\n", create);
        assertThat(weak.code()).isEqualTo(1);
        assertThat(weak.err()).contains("--password").contains("at least 12");
        Run made = run("correct horse battery staple\n", create);
        assertThat(made.code()).isZero();
        assertThat(made.out()).contains("Administrator 'ada' created.");
        Run again = run("correct horse battery staple\n", create);
        assertThat(again.err()).contains("--username").contains("already taken");
        Run verify = run("", "audit", "verify", "--data-dir", data.toString());
        assertThat(verify.code()).isZero();
        assertThat(verify.out()).contains("Audit log intact: 2 entries checked");
    }

    @Test
    void importPersonsStoresTheValidRowsReportsTheRestAndImportsNothingTwice() throws Exception {
        assertThat(run("correct horse battery staple\n", createAda()).code()).isZero();
        Path file = data.resolve("people.csv");
        java.nio.file.Files.writeString(
                file,
                "given_name,family_name,sex,date_of_birth,nationality,passport_number\n"
                        + "Amina,Yusuf,F,1990-04-02,SO,P1234567\n"
                        + "أمينة,يوسف,F,1990-04-02,SO,\n"
                        + "Karim,Haddad,M,2999-01-01,LB,\n",
                StandardCharsets.UTF_8);
        Run first = run("", "import", "persons", file.toString(), "--as", "ada", "--data-dir", data.toString());
        assertThat(first.code()).isEqualTo(2);
        assertThat(first.out()).contains("3 rows read").contains("2 stored").contains("1 refused");
        String refused = java.nio.file.Files.readString(Path.of(file + ".errors.csv"), StandardCharsets.UTF_8);
        assertThat(refused).contains("pravaas_errors").contains("Karim").contains("Row 4, date_of_birth");
        Run again = run("", "import", "persons", file.toString(), "--as", "ada", "--data-dir", data.toString());
        assertThat(again.out()).contains("0 stored").contains("2 already in the registry");
        Run nobody = run("", "import", "persons", file.toString(), "--as", "nobody", "--data-dir", data.toString());
        assertThat(nobody.code()).isEqualTo(1);
        assertThat(nobody.err()).contains("unknown account");
    }

    @Test
    void aDisplacementImportSaysPlainlyWhatItCannotDo() throws Exception {
        Path file = data.resolve("flows.csv");
        java.nio.file.Files.writeString(file, "point,date\n");
        Run kind = run("", "import", "displacement", file.toString(), "--operation", "BGD-CXB", "--kind", "people");
        assertThat(kind.code()).isEqualTo(1);
        assertThat(kind.err()).contains("--kind must be assessments, flows");
        Run missing = run(
                "",
                "import",
                "displacement",
                file.toString(),
                "--operation",
                "NOWHERE",
                "--kind",
                "flows",
                "--data-dir",
                data.resolve("db").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("there is no operation NOWHERE");
    }

    @Test
    void serveRefusesAPortThatIsTakenWithAPlainMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Run run = run("", "serve", "--port", String.valueOf(taken.getLocalPort()), "--data-dir", data.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err()).contains("port " + taken.getLocalPort() + " is already in use");
        }
    }

    @Test
    void anUnknownOptionIsABadInputExit() {
        Run run = run("", "audit", "verify", "--no-such-option");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("Unknown option");
    }

    /** {@code admin create} of the administrator Ada at headquarters in Geneva, on this test's database. */
    private String[] createAda() {
        return new String[] {
            "admin",
            "create",
            "--username",
            "ada",
            "--name",
            "Ada Admin",
            "--email",
            "ada@example.org",
            "--office",
            "HQ",
            "--country",
            "CH",
            "--city",
            "Geneva",
            "--time-zone",
            "Europe/Zurich",
            "--data-dir",
            data.toString()
        };
    }

    record Run(int code, String out, String err) {}

    private static Run run(String stdin, String... args) {
        InputStream in = System.in;
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = PravaasCommand.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(in);
            System.setOut(out);
            System.setErr(err);
        }
    }
}
