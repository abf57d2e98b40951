package org.pravaas.registry.mrz;

import java.time.LocalDate;

/** The specimen zones of ICAO Doc 9303 (parts 4 to 7), for the fictitious state of Utopia. */
final class Specimens {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    static final String TD3 =
            """
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L898902C36UTO7408122F1204159ZE184226B<<<<<10""";
    static final String TD1 =
            """
            I<UTOD231458907<<<<<<<<<<<<<<<
            7408122F1204159UTO<<<<<<<<<<<6
            ERIKSSON<<ANNA<MARIA<<<<<<<<<<""";
    static final String TD2 =
            """
            I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<
            D231458907UTO7408122F1204159<<<<<<<6""";
    /** Part 5's example of a document number longer than 9 characters, D23145890734. */
    static final String TD1_LONG_NUMBER =
            """
            I<UTOD23145890<7349<<<<<<<<<<<
            3407127M9507122UTO<<<<<<<<<<<2
            STEVENSON<<PETER<JOHN<<<<<<<<<""";

    static final String MRV_A =
            """
            V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L8988901C4XXX4009078F96121096ZE184226B<<<<<<""";
    static final String MRV_B =
            """
            V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<
            L8988901C4XXX4009078F9612109<<<<<<<<""";

    private Specimens() {}

    /** The zone with the character at this 1-based line and column replaced. */
    static String replace(String zone, int line, int column, char c) {
        String[] lines = zone.split("\n");
        StringBuilder changed = new StringBuilder(lines[line - 1]);
        changed.setCharAt(column - 1, c);
        lines[line - 1] = changed.toString();
        return String.join("\n", lines);
    }
}
