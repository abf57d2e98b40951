package org.pravaas.shared.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Opens an uploaded table, CSV or XLSX, recognised by its content: a file named {@code .csv} may
 * be a workbook, and the reverse.
 *
 * <ul>
 *   <li>XLSX (a zip holding {@code xl/workbook.xml}): the first sheet or the one named; refused if
 *       it holds formulas or merged cells, is encrypted, damaged or unpacks beyond 512 MiB.
 *   <li>Anything else is read as CSV text in UTF-8 (or UTF-16 with a byte-order mark); another
 *       encoding is refused at the first line it makes unreadable.
 *   <li>Old {@code .xls} workbooks are refused with a request to save as .xlsx or CSV.
 * </ul>
 *
 * Every refusal is a {@link TabularFileException}; failing to read the file from disk is an
 * {@link UncheckedIOException}.
 */
public final class TabularFiles {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    private TabularFiles() {}

    /** Opens the first sheet of a workbook, or a CSV file. The caller closes the reader. */
    public static TabularReader open(Path file, String originalFilename) {
        return open(file, originalFilename, null);
    }

    /**
     * Opens the sheet named {@code sheetName} (case-insensitive; the first sheet when null) of a
     * workbook, or a CSV file, where the sheet name does not matter.
     *
     * @param originalFilename the name the user's file had, used only to tell a damaged workbook
     *     from a text file
     */
    public static TabularReader open(Path file, String originalFilename, @Nullable String sheetName) {
        byte[] start = firstBytes(file);
        if (start.length == 0) {
            throw new TabularFileException("file.no-header", 0);
        }
        if (startsWith(start, ZIP) || startsWith(start, EMPTY_ZIP)) {
            return XlsxReader.open(file, sheetName, XlsxPackage.Limits.DEFAULT);
        }
        if (startsWith(start, OLE2)) {
            throw OleFiles.refusal(file);
        }
        String name = originalFilename.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xls")) {
            throw new TabularFileException("file.xls", 0);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            throw new TabularFileException("file.corrupt", 0);
        }
        return CsvReader.open(file);
    }

    private static byte[] firstBytes(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(OLE2.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
