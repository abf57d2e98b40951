package org.pravaas.shared.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pravaas.shared.io.Refusals.refused;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReadingTest {
    @TempDir
    Path dir;

    @Test
    void readsUtf8WithoutAByteOrderMark() throws IOException {
        Path file = write("name,age\nÅsa,31\nمحمد,40\n", StandardCharsets.UTF_8);

        try (TabularReader reader = TabularFiles.open(file, "people.csv")) {
            assertThat(reader.header()).containsExactly("name", "age");
            assertThat(rows(reader))
                    .containsExactly(new TabularRow(2, List.of("Åsa", "31")), new TabularRow(3, List.of("محمد", "40")));
        }
    }

    @Test
    void readsUtf8WithAByteOrderMarkWithoutKeepingTheMarkInTheFirstName() throws IOException {
        Path file = write("\uFEFFname;city\r\nRaj;दिल्ली\r\n", StandardCharsets.UTF_8);

        try (TabularReader reader = TabularFiles.open(file, "people.csv")) {
            assertThat(reader.header()).containsExactly("name", "city");
            assertThat(rows(reader)).containsExactly(new TabularRow(2, List.of("Raj", "दिल्ली")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void readsUtf16WhenAByteOrderMarkSaysSo(String charset) throws IOException {
        Path file = write("\uFEFFname\tage\n김민석\t7\n", Charset.forName(charset));

        try (TabularReader reader = TabularFiles.open(file, "people.txt")) {
            assertThat(reader.header()).containsExactly("name", "age");
            assertThat(rows(reader)).containsExactly(new TabularRow(2, List.of("김민석", "7")));
        }
    }

    @Test
    void refusesAWindows1256FileNamingTheLineAndByteInsteadOfImportingMojibake() throws IOException {
        Path file = dir.resolve("arabic.csv");
        Files.write(
                file,
                concat(
                        "name,city\nAli,Cairo\n".getBytes(StandardCharsets.US_ASCII),
                        "محمد,القاهرة\n".getBytes(Charset.forName("windows-1256"))));

        TabularFileException refusal = refused(() -> rows(TabularFiles.open(file, "arabic.csv")), "file.not-utf8");

        assertThat(refusal.row()).isEqualTo(3);
        assertThat(refusal.args()).containsExactly(3, 20L);
    }

    @Test
    void refusesALatin1FrenchFileAtTheLineWithTheAccent() throws IOException {
        Path file = write("nom,ville\nRené,Genève\n", StandardCharsets.ISO_8859_1);

        TabularFileException refusal = refused(() -> rows(TabularFiles.open(file, "noms.csv")), "file.not-utf8");

        assertThat(refusal.row()).isEqualTo(2);
        assertThat(refusal.args()).containsExactly(2, 13L);
    }

    @Test
    void refusesUtf16WithoutAByteOrderMarkAsNotText() throws IOException {
        Path file = write("name,age\n", StandardCharsets.UTF_16LE);

        assertThat(refused(() -> TabularFiles.open(file, "people.csv"), "file.not-text")
                        .row())
                .isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {";", "\t", "|", ","})
    void sniffsTheDelimiterFromTheHeaderLine(String delimiter) throws IOException {
        String other = delimiter.equals(",") ? ";" : ",";
        Path file = write(
                String.join(delimiter, "name", "note", "age") + "\n"
                        + String.join(delimiter, "Ana", "1" + other + "5", "30") + "\n",
                StandardCharsets.UTF_8);

        try (TabularReader reader = TabularFiles.open(file, "people.csv")) {
            assertThat(reader.header()).containsExactly("name", "note", "age");
            assertThat(rows(reader)).containsExactly(new TabularRow(2, List.of("Ana", "1" + other + "5", "30")));
        }
    }

    @Test
    void readsQuotedLineBreaksAndDoubledQuotesAndNumbersRowsByTheirFirstLine() throws IOException {
        Path file = write(
                "id,note\n1,\"line one\nline two\"\n2,\"say \"\"hi\"\", then go\"\n3,x\n", StandardCharsets.UTF_8);

        try (TabularReader reader = TabularFiles.open(file, "notes.csv")) {
            assertThat(rows(reader))
                    .containsExactly(
                            new TabularRow(2, List.of("1", "line one\nline two")),
                            new TabularRow(4, List.of("2", "say \"hi\", then go")),
                            new TabularRow(5, List.of("3", "x")));
        }
    }

    @Test
    void skipsBlankLinesButCountsThemWhateverTheLineEndings() throws IOException {
        Path file = write("name\n\nx\r\n\r\n,\ry\r", StandardCharsets.UTF_8);

        try (TabularReader reader = TabularFiles.open(file, "names.csv")) {
            assertThat(rows(reader)).containsExactly(new TabularRow(3, List.of("x")), new TabularRow(6, List.of("y")));
        }
    }

    @Test
    void padsShortRowsAndIgnoresEmptyCellsPastTheHeader() throws IOException {
        Path file = write(" name , age ,,\nAna\nBo,4,,\n", StandardCharsets.UTF_8);

        try (TabularReader reader = TabularFiles.open(file, "people.csv")) {
            assertThat(reader.header()).containsExactly("name", "age");
            assertThat(rows(reader))
                    .containsExactly(new TabularRow(2, List.of("Ana", "")), new TabularRow(3, List.of("Bo", "4")));
        }
    }

    @Test
    void refusesARowWithMoreValuesThanTheHeaderNamingTheRow() throws IOException {
        Path file = write("a,b\n1,2\n\n1,2,3\n", StandardCharsets.UTF_8);

        try (TabularReader reader = TabularFiles.open(file, "ragged.csv")) {
            assertThat(reader.next()).contains(new TabularRow(2, List.of("1", "2")));
            TabularFileException refusal = refused(reader::next, "file.too-many-cells");
            assertThat(refusal.row()).isEqualTo(4);
            assertThat(refusal.args()).containsExactly(4, 3, 2);
        }
    }

    @Test
    void refusesAnUnterminatedQuoteNamingTheLineWhereItStarted() throws IOException {
        Path file = write("a,b\n1,2\n3,\"open\nmore\nmore\n", StandardCharsets.UTF_8);

        TabularFileException refusal =
                refused(() -> rows(TabularFiles.open(file, "open.csv")), "file.unterminated-quote");

        assertThat(refusal.row()).isEqualTo(3);
    }

    @Test
    void refusesARecordLongerThanAnyCellCouldBeRatherThanHoldingItInMemory() throws IOException {
        Path file = write("a\nok\n" + "x".repeat(CsvReader.MAX_RECORD_CHARS + 1) + "\n", StandardCharsets.UTF_8);

        TabularFileException refusal = refused(() -> rows(TabularFiles.open(file, "long.csv")), "file.record-too-long");

        assertThat(refusal.args()).containsExactly(3, CsvReader.MAX_RECORD_CHARS);
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path file = write("", StandardCharsets.UTF_8);
        Path blank = write("\n\n ,  \n", StandardCharsets.UTF_8);

        refused(() -> TabularFiles.open(file, "empty.csv"), "file.no-header");
        refused(() -> TabularFiles.open(blank, "blank.csv"), "file.no-header");
    }

    @Test
    void streamsTwoHundredThousandRows() throws IOException {
        Path file = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("id,name,born\n");
            for (int i = 1; i <= 200_000; i++) {
                out.write(i + ",\"Person " + i + "\",1990-01-01\n");
            }
        }

        int count = 0;
        TabularRow last = null;
        try (TabularReader reader = TabularFiles.open(file, "big.csv")) {
            for (TabularRow row : reader) {
                count++;
                last = row;
            }
        }

        assertThat(count).isEqualTo(200_000);
        assertThat(last).isEqualTo(new TabularRow(200_001, List.of("200000", "Person 200000", "1990-01-01")));
    }

    private Path write(String text, Charset charset) throws IOException {
        Path file = Files.createTempFile(dir, "upload", ".csv");
        Files.write(file, text.getBytes(charset));
        return file;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    static List<TabularRow> rows(TabularReader reader) {
        try (reader) {
            List<TabularRow> rows = new ArrayList<>();
            reader.forEach(rows::add);
            return rows;
        }
    }
}
