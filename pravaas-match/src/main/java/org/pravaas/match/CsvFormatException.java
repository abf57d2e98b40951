package org.pravaas.match;

/**
 * A record file that cannot be read as it stands; the message reads
 * {@code file:line:column: reason}, as the CLI prints it. Line and column are 1-based; column 0
 * means the whole line.
 */
public final class CsvFormatException extends RuntimeException {
    private final String file;
    private final long line;
    private final int column;
    private final String reason;

    public CsvFormatException(String file, long line, int column, String reason) {
        super(file + ":" + line + ":" + column + ": " + reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
