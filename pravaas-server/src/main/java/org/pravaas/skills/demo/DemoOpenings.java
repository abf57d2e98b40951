package org.pravaas.skills.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.skills.opening.Opening;
import org.pravaas.skills.opening.OpeningCommand;
import org.pravaas.skills.opening.OpeningKind;
import org.pravaas.skills.opening.OpeningService;
import org.pravaas.skills.opening.OpeningStatus;
import org.pravaas.skills.opening.OrganisationType;
import org.pravaas.skills.orientation.OrientationService;
import org.pravaas.skills.orientation.SessionCommand;
import org.pravaas.skills.placement.Outcome;
import org.pravaas.skills.placement.PaymentKind;
import org.pravaas.skills.placement.Placement;
import org.pravaas.skills.placement.PlacementCommands;
import org.pravaas.skills.placement.PlacementService;
import org.pravaas.skills.placement.PlacementStatus;
import org.pravaas.skills.profile.Availability;
import org.pravaas.skills.profile.Profile;
import org.springframework.stereotype.Component;

/** The demo's openings, and placements at every stage of their life. */
@Component
class DemoOpenings {
    private final OpeningService openings;
    private final PlacementService placements;
    private final BatchIdentity identity;
    private final OrientationService orientation;

    DemoOpenings(
            OpeningService openings,
            PlacementService placements,
            BatchIdentity identity,
            OrientationService orientation) {
        this.openings = openings;
        this.placements = placements;
        this.identity = identity;
        this.orientation = orientation;
    }

    /** Posts the openings as the caseworkers' offices would; the first is the Beirut one of the journey. */
    void load(List<Profile> syrians, List<Profile> indians, LocalDate today) {
        identity.actAs("caseworker");
        post(
                OpeningKind.ASSIGNMENT,
                "Intensive care nurses for a teaching hospital",
                "Damascus Teaching Hospital",
                OrganisationType.HOSPITAL,
                "SY",
                null,
                "2221",
                "intensive care, triage, infection control",
                "ar:C1, en:B1",
                Availability.SHORT_ASSIGNMENT,
                3,
                today.plusDays(45),
                today.plusDays(165));
        post(
                OpeningKind.ASSIGNMENT,
                "Paediatric mentoring by video",
                "Ministry of Health",
                OrganisationType.MINISTRY,
                "SY",
                null,
                "2212",
                "paediatrics, telemedicine",
                "ar:C1",
                Availability.VIRTUAL,
                2,
                today.plusDays(20),
                today.plusDays(200));
        identity.actAs("admin");
        Opening past = post(
                OpeningKind.ASSIGNMENT,
                "Emergency physicians for the winter surge",
                "Aleppo Emergency Hospital",
                OrganisationType.HOSPITAL,
                "SY",
                null,
                "2211",
                "emergency medicine, trauma care",
                "ar:C1",
                Availability.SHORT_ASSIGNMENT,
                3,
                today.minusDays(220),
                today.minusDays(100));
        Opening schools = post(
                OpeningKind.ASSIGNMENT,
                "Structural engineers for school reconstruction",
                "Ministry of Education",
                OrganisationType.MINISTRY,
                "SY",
                null,
                "2142",
                "structural design, site supervision, earthquake engineering",
                "ar:C1, en:B1",
                Availability.SHORT_ASSIGNMENT,
                2,
                today.minusDays(300),
                today.minusDays(120));
        history(past, schools, syrians, today);
        Opening nurses = post(
                OpeningKind.VACANCY,
                "Registered nurses for a hospital group",
                "Klinikverbund Nord",
                OrganisationType.EMPLOYER,
                "DE",
                "IN",
                "2221",
                "intensive care, geriatrics",
                "en:B2, de:A2",
                Availability.LONG_TERM,
                10,
                today.plusDays(40),
                today.plusYears(3));
        post(
                OpeningKind.VACANCY,
                "Home care workers for elderly care",
                "CareWell Homes",
                OrganisationType.EMPLOYER,
                "CA",
                "IN",
                "5322",
                "elderly care, first aid, dementia care",
                "en:B1",
                Availability.LONG_TERM,
                15,
                today.plusDays(60),
                today.plusYears(2));
        post(
                OpeningKind.VACANCY,
                "Electricians for a metro construction site",
                "Gulf Rail Builders",
                OrganisationType.EMPLOYER,
                "QA",
                "IN",
                "7411",
                "wiring, blueprint reading",
                "en:A2",
                Availability.LONG_TERM,
                8,
                today.plusDays(30),
                today.plusYears(2));
        post(
                OpeningKind.VACANCY,
                "Seasonal fruit pickers",
                "Huerta del Ebro Cooperative",
                OrganisationType.EMPLOYER,
                "ES",
                "CO",
                "9211",
                "harvesting, pruning",
                "es:B2",
                Availability.SHORT_ASSIGNMENT,
                20,
                today.plusDays(90),
                today.plusDays(200));
        departures(nurses, indians, today);
    }

    private void history(Opening past, Opening schools, List<Profile> syrians, LocalDate today) {
        List<Profile> doctors = with(syrians, "2211", 3);
        for (int i = 0; i < doctors.size(); i++) {
            finish(past, doctors.get(i), i == 2 ? Outcome.PARTLY_MET : Outcome.OBJECTIVES_MET, i == 2);
        }
        List<Profile> engineers = with(syrians, "2142", 2);
        for (int i = 0; i < engineers.size(); i++) {
            finish(schools, engineers.get(i), i == 1 ? Outcome.NOT_MET : Outcome.OBJECTIVES_MET, false);
        }
        openings.setStatus(past.id(), OpeningStatus.CLOSED);
        openings.setStatus(schools.id(), OpeningStatus.CLOSED);
    }

    private static List<Profile> with(List<Profile> profiles, String occupation, int limit) {
        return profiles.stream()
                .filter(p -> p.consentContact() && p.occupations().contains(occupation))
                .limit(limit)
                .toList();
    }

    private void finish(Opening o, Profile p, Outcome outcome, boolean early) {
        Placement pl = placements.offer(new PlacementCommands.Offer(o.id(), p.id(), o.startsOn(), o.endsOn()));
        placements.move(pl.id(), PlacementStatus.ACCEPTED);
        placements.requestTravel(
                pl.id(),
                new PlacementCommands.Travel(
                        o.startsOn().minusDays(2), o.endsOn().plusDays(1)));
        for (LocalDate m = o.startsOn(); m.plusDays(29).isBefore(o.endsOn()); m = m.plusDays(30)) {
            placements.pay(
                    pl.id(),
                    new PlacementCommands.Pay(
                            PaymentKind.SALARY_SUPPLEMENT,
                            new BigDecimal("1200.00"),
                            "USD",
                            m.plusDays(30),
                            m,
                            m.plusDays(29)));
        }
        placements.report(
                pl.id(),
                new PlacementCommands.Report(
                        o.startsOn().plusDays(45),
                        o.organisation(),
                        4,
                        "Arrived on time and trained the night shift in the first month."));
        LocalDate ended = early ? o.endsOn().minusDays(40) : null;
        placements.evaluate(
                pl.id(),
                new PlacementCommands.Evaluate(
                        outcome,
                        outcome == Outcome.NOT_MET ? 2 : 4,
                        outcome == Outcome.OBJECTIVES_MET && !early,
                        ended,
                        "Evaluation with the host institution."));
    }

    /** Three nurses accepted for Germany, two of them registered for the orientation before they leave. */
    private void departures(Opening nurses, List<Profile> indians, LocalDate today) {
        List<Profile> accepted = with(indians, "2221", 3);
        for (Profile p : accepted) {
            Placement pl = placements.offer(
                    new PlacementCommands.Offer(nurses.id(), p.id(), nurses.startsOn(), nurses.endsOn()));
            placements.move(pl.id(), PlacementStatus.ACCEPTED);
        }
        var session = orientation.plan(new SessionCommand(
                "Working and living in Germany", "DE", today.plusDays(20), "Training room, New Delhi mission", 25));
        accepted.stream().limit(2).forEach(p -> orientation.register(session.id(), p.id()));
    }

    private Opening post(
            OpeningKind kind,
            String title,
            String organisation,
            OrganisationType type,
            String country,
            @Nullable String source,
            String occupation,
            String skills,
            String languages,
            Availability availability,
            int places,
            LocalDate starts,
            LocalDate ends) {
        return openings.post(new OpeningCommand(
                kind,
                title,
                organisation,
                type,
                country,
                source,
                occupation,
                List.of(skills.split(",\\s*")),
                List.of(languages.split(",\\s*")),
                availability,
                places,
                starts,
                ends,
                "Salary supplement paid monthly; travel and insurance covered."));
    }
}
