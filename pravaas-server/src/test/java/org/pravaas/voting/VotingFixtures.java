package org.pravaas.voting;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.voting.election.Designation;
import org.pravaas.voting.election.DocumentKind;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.ElectionCommand;
import org.pravaas.voting.election.ElectionKind;
import org.pravaas.voting.election.ElectionService;
import org.pravaas.voting.election.StaffCommand;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.election.StationCommand;
import org.pravaas.voting.register.Registration;
import org.pravaas.voting.register.RegistrationService;
import org.pravaas.voting.register.Sex;
import org.pravaas.voting.register.VoterCommand;

/**
 * A fresh election for a test, set up by the demo administrator: stations in Amman (JO-AMM)
 * and Seoul (KR-SEL), where the demo election official is registrar and clerk.
 */
public final class VotingFixtures {
    private static final AtomicInteger NEXT = new AtomicInteger();

    public final Election election;
    public final Station amman;
    public final Station seoul;
    private final RegistrationService registration;

    public VotingFixtures(
            ElectionService elections,
            RegistrationService registration,
            BatchIdentity identity,
            boolean ownStationOnly) {
        identity.actAs("admin");
        this.registration = registration;
        LocalDate today = LocalDate.now();
        this.election = elections.create(new ElectionCommand(
                "T-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000,
                "Test vote",
                "IQ",
                ElectionKind.PARLIAMENTARY,
                "HQ",
                today.minusDays(5),
                today.plusDays(5),
                today.minusDays(1),
                today.plusDays(5),
                18,
                LocalDate.of(today.getYear(), 12, 31),
                2,
                1,
                List.of(DocumentKind.PASSPORT, DocumentKind.NATIONAL_ID),
                ownStationOnly,
                "Yes\nNo\nBlank list"));
        this.amman = elections.addStation(election.id(), new StationCommand("AMM", "Amman", "JO", "Amman", "JO-AMM"));
        this.seoul = elections.addStation(election.id(), new StationCommand("SEL", "Seoul", "KR", "Seoul", "KR-SEL"));
        elections.designate(election.id(), new StaffCommand("elections", seoul.id(), Designation.REGISTRAR));
        elections.designate(election.id(), new StaffCommand("elections", seoul.id(), Designation.CLERK));
    }

    private static final String[] GIVEN = {
        "Ali", "Omar", "Karim", "Mustafa", "Haider", "Yousef", "Salam", "Ziad", "Fatima", "Zainab"
    };
    private static final String[] FAMILY = {"Al-Jubouri", "Al-Dulaimi", "Al-Tamimi", "Al-Bayati"};

    /** The i-th of up to forty people who are clearly not one another: names and birth dates differ. */
    public Registration person(Station station, int i) {
        return register(
                station,
                GIVEN[i % GIVEN.length],
                FAMILY[i / GIVEN.length],
                LocalDate.of(1950 + i, 1 + i % 12, 1 + i % 28),
                "P" + (100_000 + i));
    }

    public static VoterCommand applicant(
            Station station, String given, String family, LocalDate birth, String passport) {
        return new VoterCommand(
                station.id(),
                given,
                family,
                birth,
                Sex.F,
                "IQ",
                DocumentKind.PASSPORT,
                passport,
                DocumentKind.NATIONAL_ID,
                "N-" + passport,
                null,
                null,
                null);
    }

    public Registration register(Station station, String given, String family, LocalDate birth, String passport) {
        return registration.register(applicant(station, given, family, birth, passport));
    }
}
