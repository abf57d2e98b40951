package org.pravaas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch commands as other tools and our own evaluation call them; no server, no database. */
class MatchCommandsTests {
    @TempDir
    Path dir;

    @Test
    void generateDedupeAndEvaluateAPopulation() throws Exception {
        Path people = dir.resolve("people.csv");
        Path pairs = dir.resolve("pairs.csv");
        assertThat(run("generate", "people", "--count", "3000", "--seed", "5", "--out", people.toString())
                        .code())
                .isZero();
        Run dedupe = run("dedupe", people.toString(), "--id", "id", "--out", pairs.toString());
        assertThat(dedupe.code()).isZero();
        assertThat(dedupe.err()).contains("done: 3,000 records").contains("pairs kept");
        List<String> lines = Files.readAllLines(pairs);
        assertThat(lines.get(0)).startsWith("left_id,right_id,probability,given_name,family_name");
        assertThat(lines).hasSizeGreaterThan(100);
        Run evaluate = run("evaluate", pairs.toString(), "--truth", people.toString());
        assertThat(evaluate.code()).isZero();
        double f1 = Double.parseDouble(evaluate.out().replaceAll("(?s).*f1=([0-9.]+).*", "$1"));
        assertThat(f1).isGreaterThan(0.9);
    }

    @Test
    void linkWithTopKGivesEachLeftRecordAtMostKCandidates() throws Exception {
        Path left =
                write("left.csv", "id,full_name,dob\nL1,Mohammed Abdullah,1990-03-04\nL2,Rajesh Kumar,1985-12-01\n");
        Path right = write(
                "right.csv",
                "id,full_name,dob\nR1,محمد عبد الله,1990-03-04\nR2,राजेश कुमार,1985-12-01\nR3,김민석,1979-05-05\n");
        Path pairs = dir.resolve("pairs.csv");
        Run link =
                run("link", left.toString(), right.toString(), "--id", "id", "--top", "2", "--out", pairs.toString());
        assertThat(link.code()).as(link.err()).isZero();
        List<String> rows =
                Files.readAllLines(pairs).subList(1, Files.readAllLines(pairs).size());
        Map<String, Long> perLeft =
                rows.stream().collect(Collectors.groupingBy(r -> r.split(",")[0], Collectors.counting()));
        assertThat(perLeft.values()).allMatch(n -> n <= 2);
        Map<String, String> best = rows.stream()
                .collect(Collectors.toMap(
                        r -> r.split(",")[0], Function.identity(), (a, b) -> prob(a) >= prob(b) ? a : b));
        assertThat(best.get("L1")).contains(",R1,");
        assertThat(best.get("L2")).contains(",R2,");
    }

    @Test
    void aRaggedRowIsReportedWithItsFileLineAndColumn() throws Exception {
        Path bad = write("bad.csv", "id,given_name,surname\n1,Ana,Lopez\n2,Rosa\n");
        Run run = run(
                "dedupe",
                bad.toString(),
                "--id",
                "id",
                "--out",
                dir.resolve("out.csv").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("bad.csv:3:").contains("expected 3 fields");
    }

    @Test
    void aMissingIdColumnOrFileIsABadInputNotAStackTrace() throws Exception {
        Path file = write("people.csv", "ident,given_name\n1,Ana\n");
        Run noColumn = run(
                "dedupe",
                file.toString(),
                "--id",
                "rec_id",
                "--out",
                dir.resolve("o.csv").toString());
        assertThat(noColumn.code()).isEqualTo(1);
        assertThat(noColumn.err()).contains("no column 'rec_id'").doesNotContain("Exception");
        Run noFile = run(
                "dedupe",
                dir.resolve("absent.csv").toString(),
                "--out",
                dir.resolve("o.csv").toString());
        assertThat(noFile.code()).isEqualTo(1);
        assertThat(noFile.err()).contains("absent.csv").contains("no such file");
    }

    @Test
    void aFieldsFileSetsTypesAndRejectsUnknownOnes() throws Exception {
        Path people = write("p.csv", "id,nom,naissance\n1,Ana Lopez,1990-01-02\n2,Ana Lopes,1990-01-02\n");
        Path fields = write("fields.csv", "nom,name\nnaissance,date\n");
        Path out = dir.resolve("o.csv");
        assertThat(run("dedupe", people.toString(), "--fields", fields.toString(), "--out", out.toString())
                        .code())
                .isZero();
        assertThat(Files.readAllLines(out).get(0)).isEqualTo("left_id,right_id,probability,nom,naissance");
        Path wrong = write("wrong.csv", "nom,surname-ish\n");
        Run run = run("dedupe", people.toString(), "--fields", wrong.toString(), "--out", out.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("wrong.csv:1:2").contains("unknown type");
    }

    private static double prob(String row) {
        return Double.parseDouble(row.split(",")[2]);
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = PravaasCommand.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
