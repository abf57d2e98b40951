package org.pravaas.shared.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/** One sheet of an XLSX workbook, streamed by fastexcel after {@link XlsxPackage} checked it. */
final class XlsxReader implements TabularReader {
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final XlsxCells cells;
    private final List<String> header;

    private XlsxReader(ReadableWorkbook workbook, Stream<Row> stream) {
        this.workbook = workbook;
        this.stream = stream;
        this.rows = stream.iterator();
        this.cells = new XlsxCells(workbook.isDate1904());
        this.header = RowShape.header(nextFilledRow().map(TabularRow::cells).orElse(null));
    }

    static XlsxReader open(Path file, @Nullable String sheetName, XlsxPackage.Limits limits) {
        String name = XlsxPackage.inspect(file, sheetName, limits);
        ReadableWorkbook workbook = null;
        try {
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
            Sheet sheet = workbook.findSheet(name).orElseThrow(() -> new TabularFileException("file.corrupt", 0));
            return new XlsxReader(workbook, sheet.openStream());
        } catch (IOException | RuntimeException e) {
            closeQuietly(workbook, e);
            throw corrupt(e);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Optional<TabularRow> next() {
        return nextFilledRow()
                .map(row -> new TabularRow(row.number(), RowShape.fit(row.cells(), header.size(), row.number())));
    }

    /** The next row with a value in it, its cells as text and as wide as it is. */
    private Optional<TabularRow> nextFilledRow() {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                List<String> texts = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    texts.add(cells.text(row.getCell(i)));
                }
                if (!RowShape.isBlank(texts)) {
                    return Optional.of(new TabularRow(row.getRowNum(), texts));
                }
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            throw corrupt(e);
        }
    }

    private static TabularFileException corrupt(Exception e) {
        return e instanceof TabularFileException known ? known : new TabularFileException("file.corrupt", e);
    }

    private static void closeQuietly(@Nullable ReadableWorkbook workbook, Exception failure) {
        try {
            if (workbook != null) {
                workbook.close();
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        try (workbook) {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
