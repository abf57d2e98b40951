package org.pravaas.shared.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.pravaas.shared.io.CsvReadingTest.rows;
import static org.pravaas.shared.io.Refusals.refused;
import static org.pravaas.shared.io.XlsxReadingTest.header;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRefusalTest {
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    @TempDir
    Path dir;

    @Test
    void refusesAnOldXlsWorkbookAskingForXlsxOrCsv() throws IOException {
        Path file = Files.write(dir.resolve("old.xls"), oleContainer("Workbook"));

        refused(() -> TabularFiles.open(file, "old.xls"), "file.xls");
    }

    @Test
    void refusesAPasswordProtectedWorkbookWhichExcelStoresAsAnEncryptedPackage() throws IOException {
        Path file = Files.write(dir.resolve("secret.xlsx"), oleContainer("EncryptedPackage"));

        refused(() -> TabularFiles.open(file, "secret.xlsx"), "file.encrypted");
    }

    @Test
    void refusesAZipThatIsNotAWorkbook() throws IOException {
        Path file = dir.resolve("photos.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }

        refused(() -> TabularFiles.open(file, "photos.xlsx"), "file.not-xlsx");
    }

    @Test
    void refusesADamagedWorkbook() throws IOException {
        Path truncated = dir.resolve("truncated.xlsx");
        byte[] whole = Files.readAllBytes(Workbooks.write(dir.resolve("whole.xlsx"), sheet -> header(sheet, "a")));
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path text = Files.writeString(dir.resolve("text.xlsx"), "name\nAna\n");

        refused(() -> TabularFiles.open(truncated, "truncated.xlsx"), "file.corrupt");
        refused(() -> TabularFiles.open(text, "people.xlsx"), "file.corrupt");
    }

    @Test
    void refusesAWorkbookThatUnpacksBeyondTheLimit() throws IOException {
        Path file = Workbooks.write(dir.resolve("big.xlsx"), sheet -> {
            header(sheet, "text");
            for (int i = 1; i < 20_000; i++) {
                sheet.inlineString(i, 0, "the same text again and again");
            }
        });
        assertThat(Files.size(file)).isLessThan(200_000);

        TabularFileException refusal =
                refused(() -> XlsxReader.open(file, null, new XlsxPackage.Limits(1 << 20, 100)), "file.too-large");
        assertThat(refusal.args()).containsExactly(1L, 100);
        refused(() -> XlsxReader.open(file, null, new XlsxPackage.Limits(1 << 30, 5)), "file.too-large");
        assertThat(rows(XlsxReader.open(file, null, new XlsxPackage.Limits(1 << 30, 100))))
                .hasSize(19_999);
        assertThat(XlsxPackage.Limits.DEFAULT).isEqualTo(new XlsxPackage.Limits(512L << 20, 10_000));
    }

    @Test
    void neverResolvesAnExternalEntityInAWorkbook() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path genuine = Workbooks.write(dir.resolve("genuine.xlsx"), sheet -> header(sheet, "name"));
        String sheetXml = Workbooks.entry(genuine, "xl/worksheets/sheet1.xml")
                .replace(
                        "<worksheet ",
                        "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><worksheet ")
                .replace(
                        "</sheetData>",
                        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData>");
        Path file = Workbooks.replaceEntry(genuine, dir.resolve("xxe.xlsx"), "xl/worksheets/sheet1.xml", sheetXml);

        Throwable thrown = catchThrowable(() -> rows(TabularFiles.open(file, "xxe.xlsx")));

        assertThat(thrown).isInstanceOf(TabularFileException.class);
        assertThat(((TabularFileException) thrown).messageKey()).isEqualTo("file.corrupt");
    }

    /** The signature of Microsoft's compound file format, then a directory entry name in UTF-16. */
    private static byte[] oleContainer(String streamName) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        bytes.write(OLE2);
        bytes.write(new byte[1024]);
        bytes.write(streamName.getBytes(StandardCharsets.UTF_16LE));
        bytes.write(new byte[512]);
        return bytes.toByteArray();
    }
}
