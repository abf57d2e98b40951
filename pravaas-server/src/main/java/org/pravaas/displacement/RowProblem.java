package org.pravaas.displacement;

/**
 * What is wrong with one row of an imported file: its line, the column, and a message key with
 * its arguments, shown in the reader's language.
 */
public record RowProblem(int row, String field, String messageKey, Object... args) {}
