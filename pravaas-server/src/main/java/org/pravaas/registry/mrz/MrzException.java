package org.pravaas.registry.mrz;

import java.util.Arrays;
import java.util.function.Function;

/**
 * A zone that cannot be read: the first problem found, the field it concerns ({@link
 * MrzField#ZONE} when it is about the zone as a whole), where it is (1-based line and column, 0
 * when not applicable), and a message key with its arguments for the user's language.
 */
public final class MrzException extends RuntimeException {
    private final MrzProblem problem;
    private final MrzField field;
    private final int line;
    private final int column;
    private final Object[] messageArgs;

    private MrzException(MrzProblem problem, MrzField field, int line, int column, Object... messageArgs) {
        super(problem + " " + field + " at " + line + ":" + column + " " + Arrays.toString(messageArgs));
        this.problem = problem;
        this.field = field;
        this.line = line;
        this.column = column;
        this.messageArgs = messageArgs;
    }

    static MrzException wrongLineCount(int found) {
        return new MrzException(MrzProblem.WRONG_LINE_COUNT, MrzField.ZONE, 0, 0, found);
    }

    static MrzException wrongLineLength(int line, int expected, int found) {
        return new MrzException(MrzProblem.WRONG_LINE_LENGTH, MrzField.ZONE, line, 0, line, expected, found);
    }

    static MrzException innerSpace(MrzField field, int line, int column) {
        return new MrzException(MrzProblem.INNER_SPACE, field, line, column, line, column);
    }

    static MrzException invalidCharacter(MrzField field, int line, int column, char found) {
        return new MrzException(MrzProblem.INVALID_CHARACTER, field, line, column, line, column, String.valueOf(found));
    }

    static MrzException unexpectedCharacter(MrzField field, int line, int column, char found) {
        return new MrzException(
                MrzProblem.UNEXPECTED_CHARACTER, field, line, column, field, line, column, String.valueOf(found));
    }

    static MrzException checkDigit(MrzField field, int line, int column, int expected, char found) {
        return new MrzException(
                MrzProblem.CHECK_DIGIT, field, line, column, field, String.valueOf(expected), String.valueOf(found));
    }

    static MrzException impossibleDate(MrzField field, int line, int column, String date) {
        return new MrzException(MrzProblem.IMPOSSIBLE_DATE, field, line, column, field, date);
    }

    /** What is wrong. */
    public MrzProblem problem() {
        return problem;
    }

    /** The field concerned; {@link MrzField#ZONE} for the line count and line lengths. */
    public MrzField field() {
        return field;
    }

    /** The 1-based line of the problem, 0 when it is about the whole zone. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem (of a check digit: the digit's own column), 0 if none. */
    public int column() {
        return column;
    }

    /** The message key, e.g. {@code registry.mrz.check-digit}; the same as {@code problem().messageKey()}. */
    public String messageKey() {
        return problem.messageKey();
    }

    /**
     * The message arguments as {@link MrzProblem} lists them: numbers as {@link Integer}, characters
     * as one-character strings, the field as an {@link MrzField}. A copy.
     */
    public Object[] messageArgs() {
        return messageArgs.clone();
    }

    /**
     * The message arguments with every {@link MrzField} replaced by its name, e.g. {@code f ->
     * messages.getMessage(f.messageKey(), null, locale)}, ready for {@link java.text.MessageFormat}.
     */
    public Object[] messageArgs(Function<? super MrzField, String> fieldName) {
        Object[] args = messageArgs.clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof MrzField f) {
                args[i] = fieldName.apply(f);
            }
        }
        return args;
    }
}
