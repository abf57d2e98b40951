package org.pravaas.shared.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.dhatim.fastexcel.reader.Cell;
import org.jspecify.annotations.Nullable;

/**
 * A cell's value as text, as the user sees it: numbers in plain notation without a spurious
 * ".0", to Excel's 15 significant digits (so 0.1 + 0.2 reads 0.3), date cells as ISO dates,
 * booleans as true or false.
 */
final class XlsxCells {
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final boolean date1904;
    /** Whether each number format of the workbook shows a date; a workbook has only a handful. */
    private final Map<Integer, Boolean> dateFormats = new HashMap<>();

    XlsxCells(boolean date1904) {
        this.date1904 = date1904;
    }

    String text(@Nullable Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> number(cell);
            case BOOLEAN -> String.valueOf(cell.getValue());
            case STRING, ERROR -> Objects.toString(cell.getValue(), "");
            case EMPTY -> "";
            case FORMULA -> {
                String ref = cell.getAddress().toString();
                throw new TabularFileException("file.formula", CellRefs.row(ref), ref);
            }
        };
    }

    private String number(Cell cell) {
        BigDecimal value = (BigDecimal) cell.getValue();
        if (value.signum() >= 0 && isDate(cell)) {
            return date(value);
        }
        return plain(value);
    }

    private boolean isDate(Cell cell) {
        Integer format = cell.getDataFormatId();
        return format != null
                && dateFormats.computeIfAbsent(format, id -> DateFormats.isDate(id, cell.getDataFormatString()));
    }

    static String plain(BigDecimal value) {
        BigDecimal rounded = value.round(EXCEL_PRECISION).stripTrailingZeros();
        return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
    }

    /**
     * A date serial: days since the workbook's epoch, the fraction being the time of day. A cell
     * with a time only (day 0) reads as the time alone.
     */
    String date(BigDecimal serial) {
        long seconds = serial.multiply(SECONDS_PER_DAY)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        long days = Math.floorDiv(seconds, 86_400L);
        LocalTime time = LocalTime.ofSecondOfDay(Math.floorMod(seconds, 86_400L));
        String clock = time.format(time.getSecond() == 0 ? MINUTES : SECONDS);
        if (days == 0) {
            return clock;
        }
        String day = epoch(days).plusDays(days).toString();
        return time.equals(LocalTime.MIDNIGHT) ? day : day + "T" + clock;
    }

    /** Excel counts 29 February 1900, which never was: serials from 61 on are one day ahead. */
    private LocalDate epoch(long days) {
        if (date1904) {
            return LocalDate.of(1904, 1, 1);
        }
        return days < 61 ? LocalDate.of(1899, 12, 31) : LocalDate.of(1899, 12, 30);
    }
}
