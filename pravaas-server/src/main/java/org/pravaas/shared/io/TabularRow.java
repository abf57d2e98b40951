package org.pravaas.shared.io;

import java.util.List;

/**
 * One data row of an uploaded file.
 *
 * @param number the row as the user finds it in their program: the spreadsheet row number, or the
 *     physical line on which a CSV record starts (1-based, blank lines and rows counted)
 * @param cells the values as text, exactly as many as the header has columns
 */
public record TabularRow(int number, List<String> cells) {
    public TabularRow {
        cells = List.copyOf(cells);
    }
}
