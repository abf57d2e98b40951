package org.pravaas.shared.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/**
 * The zip behind an uploaded workbook, checked before fastexcel reads it: few enough entries,
 * every entry actually unpacked and counted against a size limit (declared sizes can lie: a zip
 * bomb), an Excel workbook and not some other zip, and the chosen sheet free of formulas and
 * merged cells.
 */
final class XlsxPackage implements AutoCloseable {
    record Limits(long maxUnpackedBytes, int maxEntries) {
        static final Limits DEFAULT = new Limits(512L << 20, 10_000);
    }

    private final ZipFile zip;
    private final Limits limits;
    private long unpacked;

    private XlsxPackage(ZipFile zip, Limits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    /** Checks the workbook and returns the name of the sheet to read. */
    static String inspect(Path file, @Nullable String sheetName, Limits limits) {
        try (XlsxPackage workbook = new XlsxPackage(new ZipFile(file.toFile()), limits)) {
            workbook.checkIsWorkbook();
            SheetCatalog.SheetPart sheet = SheetCatalog.find(workbook, sheetName);
            workbook.unpacked = 0;
            workbook.unpackAll(sheet.entry());
            return sheet.name();
        } catch (TabularFileException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new TabularFileException("file.corrupt", e);
        }
    }

    private void checkIsWorkbook() {
        if (zip.size() > limits.maxEntries()) {
            throw tooLarge();
        }
        if (zip.getEntry("[Content_Types].xml") == null || zip.getEntry("xl/workbook.xml") == null) {
            throw new TabularFileException("file.not-xlsx", 0);
        }
    }

    /** Unpacks every entry to count its real size; the sheet's XML is scanned on the way. */
    private void unpackAll(String sheetEntry) throws IOException, XMLStreamException {
        if (zip.getEntry(sheetEntry) == null) {
            throw new TabularFileException("file.corrupt", 0);
        }
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            try (InputStream in = open(entry.getName())) {
                if (entry.getName().equals(sheetEntry)) {
                    SheetScan.check(in);
                }
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
    }

    /** An entry's content, counted against the size limit as it is read. */
    InputStream open(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new TabularFileException("file.corrupt", 0);
        }
        return new FilterInputStream(zip.getInputStream(entry)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }
        };
    }

    private void count(int bytes) {
        unpacked += bytes;
        if (unpacked > limits.maxUnpackedBytes()) {
            throw tooLarge();
        }
    }

    private TabularFileException tooLarge() {
        return new TabularFileException("file.too-large", 0, limits.maxUnpackedBytes() >> 20, limits.maxEntries());
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
