package org.pravaas.registry.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pravaas.registry.mrz.Specimens.TODAY;

import org.junit.jupiter.api.Test;

/** A zone as people paste or type it: blanks around it, any line breaks, lower case. */
class MrzInputToleranceTest {
    private final Mrz passport = Mrz.parse(Specimens.TD3, TODAY);

    @Test
    void readsAZoneWithWindowsLineBreaksAndBlanksAroundItsLines() {
        String pasted = "  \r\n\t" + Specimens.TD3.replace("\n", "  \r\n\r\n   ") + " \u00a0\r\n";

        assertThat(Mrz.parse(pasted, TODAY)).isEqualTo(passport);
    }

    @Test
    void readsAZoneWithOldMacLineBreaks() {
        assertThat(Mrz.parse(Specimens.TD1.replace('\n', '\r'), TODAY)).isEqualTo(Mrz.parse(Specimens.TD1, TODAY));
    }

    @Test
    void readsAZoneTypedInLowerCase() {
        assertThat(Mrz.parse(Specimens.TD3.toLowerCase(), TODAY)).isEqualTo(passport);
        assertThat(Mrz.parse(Specimens.MRV_B.toLowerCase(), TODAY).format()).isEqualTo(MrzFormat.MRV_B);
    }

    @Test
    void readsAZoneWhoseLineBreaksWereLost() {
        assertThat(Mrz.parse(Specimens.TD3.replace("\n", ""), TODAY)).isEqualTo(passport);
        assertThat(Mrz.parse(Specimens.TD1.replace("\n", ""), TODAY)).isEqualTo(Mrz.parse(Specimens.TD1, TODAY));
        assertThat(Mrz.parse(Specimens.TD2.replace("\n", ""), TODAY)).isEqualTo(Mrz.parse(Specimens.TD2, TODAY));
    }

    @Test
    void aBlankTypedInsideALineForAFillerIsAProblemNamingLineAndPosition() {
        String typed = Specimens.replace(Specimens.TD3, 1, 14, ' ');

        assertThatThrownBy(() -> Mrz.parse(typed, TODAY)).isInstanceOfSatisfying(MrzException.class, e -> {
            assertThat(e.problem()).isEqualTo(MrzProblem.INNER_SPACE);
            assertThat(e.field()).isEqualTo(MrzField.NAME);
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(14);
            assertThat(e.messageArgs()).containsExactly(1, 14);
        });
    }

    @Test
    void aBlankThatAlsoMakesTheLineTooLongIsStillReportedAsABlank() {
        String typed = Specimens.TD2.replace("ERIKSSON<<ANNA", "ERIKSSON << ANNA");

        assertThatThrownBy(() -> Mrz.parse(typed, TODAY)).isInstanceOfSatisfying(MrzException.class, e -> {
            assertThat(e.problem()).isEqualTo(MrzProblem.INNER_SPACE);
            assertThat(e.field()).isEqualTo(MrzField.ZONE);
            assertThat(e.column()).isEqualTo(14);
        });
    }
}
