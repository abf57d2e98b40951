package org.pravaas.voting.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.pravaas.voting.election.Designation;
import org.pravaas.voting.election.DocumentKind;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.ElectionCommand;
import org.pravaas.voting.election.ElectionKind;
import org.pravaas.voting.election.ElectionService;
import org.pravaas.voting.election.StaffCommand;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.election.StationCommand;
import org.pravaas.voting.register.RegistrationService;
import org.pravaas.voting.register.Sex;
import org.pravaas.voting.register.VoterCommand;
import org.pravaas.voting.register.VoterLoader;
import org.pravaas.voting.register.VoterReview;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo election of an invented parliament, as the signed-in administrator sets it up: in its
 * registration and polling periods at once, so that every desk can be tried.
 */
@Component
class DemoElection {
    static final String CODE = "OCV-2026";
    /** Stations: code, host country, city, office. */
    private static final String[][] STATIONS = {
        {"JO-AMM-01", "JO", "Amman", "JO-AMM"},
        {"JO-MFQ-01", "JO", "Mafraq", "JO-MFQ"},
        {"LB-BEY-01", "LB", "Beirut", "LB-BEY"},
        {"KR-SEL-01", "KR", "Seoul", "KR-SEL"},
        {"DE-BER-01", "DE", "Berlin", "HQ"},
        {"SE-STO-01", "SE", "Stockholm", "HQ"},
        {"US-DTW-01", "US", "Dearborn", "HQ"},
        {"GB-LON-01", "GB", "London", "HQ"}
    };

    private static final int VOTERS_PER_STATION = 250;

    private final ElectionService elections;
    private final VoterLoader loader;
    private final RegistrationService registration;
    private final VoterReview review;
    private final DemoPollingDay polling;

    DemoElection(
            ElectionService elections,
            VoterLoader loader,
            RegistrationService registration,
            VoterReview review,
            DemoPollingDay polling) {
        this.elections = elections;
        this.loader = loader;
        this.registration = registration;
        this.review = review;
        this.polling = polling;
    }

    @Transactional
    void load(LocalDate today) {
        Election e = elections.create(command(today));
        List<Station> stations = new ArrayList<>();
        Random random = new Random(2026);
        for (String[] s : STATIONS) {
            Station station =
                    elections.addStation(e.id(), new StationCommand(s[0], "Polling station " + s[2], s[1], s[2], s[3]));
            stations.add(station);
            loader.load(e, station, DemoVoterNames.applicants(random, VOTERS_PER_STATION, today), "admin");
        }
        Station seoul = stations.get(3);
        elections.designate(e.id(), new StaffCommand("elections", seoul.id(), Designation.REGISTRAR));
        elections.designate(e.id(), new StaffCommand("elections", seoul.id(), Designation.CLERK));
        elections.designate(e.id(), new StaffCommand("admin", null, Designation.AUDITOR));
        plantSecondRegistration(stations.get(2), stations.get(0));
        polling.load(e, stations, random);
    }

    /** The same man registered in Beirut in Latin letters, then in Amman in Arabic script: held. */
    private void plantSecondRegistration(Station beirut, Station amman) {
        registration.register(applicant(beirut, "Ahmad", "Al-Rawi", "N0418822"));
        registration.register(applicant(amman, "أحمد", "الراوي", "N0418822"));
        var challenged = registration.register(applicant(amman, "Samir", "Haddad", "N0733190"));
        review.file(challenged.voter().id(), "Objection by a party agent: the applicant lives in Iraq, not in Jordan.");
    }

    private static VoterCommand applicant(Station station, String given, String family, String passport) {
        return new VoterCommand(
                station.id(),
                given,
                family,
                LocalDate.of(1984, 3, 12),
                Sex.M,
                "IQ",
                DocumentKind.PASSPORT,
                passport,
                DocumentKind.NATIONAL_ID,
                "IQ-" + passport.substring(1),
                null,
                null,
                null);
    }

    private static ElectionCommand command(LocalDate today) {
        return new ElectionCommand(
                CODE,
                "Council of Representatives, out-of-country vote",
                "IQ",
                ElectionKind.PARLIAMENTARY,
                "HQ",
                today.minusDays(30),
                today.plusDays(30),
                today.minusDays(1),
                today.plusDays(30),
                18,
                LocalDate.of(today.getYear(), 12, 31),
                2,
                1,
                List.of(
                        DocumentKind.PASSPORT,
                        DocumentKind.NATIONAL_ID,
                        DocumentKind.CITIZENSHIP_CERTIFICATE,
                        DocumentKind.CONSULAR_CARD),
                true,
                "قائمة الوحدة الوطنية (National Unity List)\nتحالف الإصلاح (Reform Alliance)\n"
                        + "الحركة المدنية (Civic Movement)\nمستقلون (Independents)");
    }
}
