package org.pravaas.shared.io;

/** Spreadsheet cell references such as {@code C7}: column letters, then the 1-based row. */
final class CellRefs {
    private CellRefs() {}

    static String name(int row, int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.append(row).toString();
    }

    /** The 0-based column of a reference. */
    static int column(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    /** The 1-based row of a reference, or of the first cell of a range such as {@code A3:B3}. */
    static int row(String ref) {
        int row = 0;
        for (int i = 0; i < ref.length() && ref.charAt(i) != ':'; i++) {
            char c = ref.charAt(i);
            if (c >= '0' && c <= '9') {
                row = row * 10 + (c - '0');
            }
        }
        return row;
    }
}
