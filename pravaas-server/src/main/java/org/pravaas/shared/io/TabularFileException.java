package org.pravaas.shared.io;

import java.util.Arrays;

/**
 * An uploaded file cannot be read as a table. The message key ({@code file.*} in the bundles) and
 * its arguments tell the user what to fix; {@link #row()} is the line or row concerned, 0 when the
 * problem is not about one row.
 *
 * <p>Arguments are line numbers, cell references and limits, never cell contents: the exception
 * message ends up in logs, and cells hold personal data.
 */
public final class TabularFileException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;
    private final int row;

    TabularFileException(String messageKey, int row, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.messageKey = messageKey;
        this.row = row;
        this.args = args.clone();
    }

    TabularFileException(String messageKey, Throwable cause) {
        this(messageKey, 0);
        initCause(cause);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public int row() {
        return row;
    }
}
