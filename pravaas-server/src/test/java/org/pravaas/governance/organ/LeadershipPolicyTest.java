package org.pravaas.governance.organ;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One holder per post at a time. */
class LeadershipPolicyTest {
    private final List<ExecutiveHead> heads = List.of(
            new ExecutiveHead(
                    UUID.randomUUID(),
                    "DIRECTOR_GENERAL",
                    "Anjali Deshpande",
                    LocalDate.of(2018, 10, 1),
                    LocalDate.of(2023, 9, 30)),
            new ExecutiveHead(UUID.randomUUID(), "DIRECTOR_GENERAL", "Park Soo-ah", LocalDate.of(2023, 10, 1), null));

    @Test
    void aDirectorGeneralWhileAnotherIsInOfficeOverlaps() {
        var clash = LeadershipService.overlapping(
                heads, new HeadCommand("DIRECTOR_GENERAL", "Someone Else", LocalDate.of(2030, 1, 1), null));
        assertThat(clash).map(ExecutiveHead::name).contains("Park Soo-ah");
    }

    @Test
    void aTermEndingTheDayBeforeTheNextBeginsDoesNotOverlap() {
        var gap = LeadershipService.overlapping(
                heads.subList(0, 1),
                new HeadCommand("DIRECTOR_GENERAL", "Next", LocalDate.of(2023, 10, 1), LocalDate.of(2028, 9, 30)));
        assertThat(gap).isEmpty();
    }

    @Test
    void aDeputyMayServeAlongsideTheDirectorGeneral() {
        var deputy = LeadershipService.overlapping(
                heads, new HeadCommand("DEPUTY_DIRECTOR_GENERAL", "Deputy", LocalDate.of(2024, 1, 1), null));
        assertThat(deputy).isEmpty();
    }
}
