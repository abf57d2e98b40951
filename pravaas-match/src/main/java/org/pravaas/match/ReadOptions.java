package org.pravaas.match;

/**
 * How to read a record file.
 *
 * @param monthFirst read {@code 01/02/1990} as 2 January (US) rather than 1 February
 * @param strictDates fail on an unparseable date instead of counting it as missing
 */
public record ReadOptions(boolean monthFirst, boolean strictDates) {
    public static ReadOptions defaults() {
        return new ReadOptions(false, false);
    }
}
