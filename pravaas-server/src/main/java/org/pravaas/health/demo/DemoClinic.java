package org.pravaas.health.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pravaas.health.Fitness;
import org.pravaas.health.access.ClinicalAccess;
import org.pravaas.health.access.GlassReport;
import org.pravaas.health.assessment.AssessmentForm;
import org.pravaas.health.assessment.AssessmentService;
import org.pravaas.health.assessment.Findings.Culture;
import org.pravaas.health.assessment.Findings.Dst;
import org.pravaas.health.assessment.Findings.MentalHealth;
import org.pravaas.health.assessment.Findings.Pregnancy;
import org.pravaas.health.assessment.Findings.Smear;
import org.pravaas.health.assessment.Findings.TbClass;
import org.pravaas.health.assessment.Findings.Xray;
import org.pravaas.health.clearance.ClearanceService;
import org.pravaas.health.clearance.HoldService;
import org.pravaas.health.profile.ProfileService;
import org.pravaas.health.tb.TreatmentService;
import org.pravaas.health.vaccination.VaccinationCommand;
import org.pravaas.health.vaccination.VaccinationService;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.registry.PersonSummary;
import org.springframework.stereotype.Component;

/** The clinic's work, done through the same services as the pages, by the demo health officer. */
@Component("healthDemoClinic")
class DemoClinic {
    static final String CLINIC = "Cox's Bazar MHAC";
    private final Services s;
    private final BatchIdentity identity;
    private final Clock clock;

    DemoClinic(Services services, BatchIdentity identity, Clock clock) {
        this.s = services;
        this.identity = identity;
        this.clock = clock;
    }

    /** The module's services the demo drives (grouped so the demo's classes stay small). */
    @Component("healthServices")
    record Services(
            AssessmentService assessments,
            ClearanceService clearances,
            HoldService holds,
            VaccinationService vaccinations,
            TreatmentService treatments,
            ProfileService profiles,
            ClinicalAccess clinical,
            GlassReport leads) {}

    void seed(List<PersonSummary> people) {
        LocalDate today = LocalDate.now(clock);
        UUID usProfile = profile("US-RST");
        UUID caProfile = profile("CA-RST");
        identity.actAs("health");
        for (int i = 0; i < people.size(); i++) {
            PersonSummary p = people.get(i);
            UUID profile = i % 3 == 0 ? caProfile : usProfile;
            if (i < 20) {
                UUID a = s.assessments().schedule(p.id(), profile, today, CLINIC);
                if (i % 2 == 1) s.assessments().save(a, 0, examined(today, "Dr. Shirin Akter"));
            } else if (i < 34) {
                UUID a = s.assessments().schedule(p.id(), profile, today.minusDays(i - 18), CLINIC);
                s.assessments().save(a, 0, cleared(today.minusDays(i - 18)));
                s.clearances()
                        .decide(
                                a,
                                i == 33 ? Fitness.FIT_WITH_ESCORT : Fitness.FIT,
                                i == 33 ? "Wheelchair at airports" : null);
                vaccinate(p, today.minusDays(i - 18));
            }
        }
        if (people.size() > 34) tuberculosis(people.get(34), usProfile, today);
        identity.actAs("admin");
        s.leads().designate("BD-CXB", "health");
        if (people.size() > 34) {
            PersonSummary held = people.get(34);
            s.clinical()
                    .breakGlass(
                            held.id().value(),
                            held.officeId(),
                            "Movement desk asked why the family's departure was cancelled");
        }
    }

    private void tuberculosis(PersonSummary p, UUID profile, LocalDate today) {
        LocalDate seen = today.minusDays(30);
        UUID a = s.assessments().schedule(p.id(), profile, seen, CLINIC);
        s.assessments()
                .save(
                        a,
                        0,
                        new AssessmentForm(
                                "Dr. Shirin Akter",
                                seen,
                                "Cough for six weeks, night sweats",
                                "Weight loss, crackles right apex",
                                new BigDecimal("38.1"),
                                104,
                                118,
                                76,
                                22,
                                95,
                                new BigDecimal("48.5"),
                                new BigDecimal("162"),
                                seen,
                                Xray.ABNORMAL_TB,
                                seen,
                                Smear.POSITIVE,
                                seen.plusDays(2),
                                Culture.POSITIVE,
                                seen.plusDays(21),
                                Dst.SUSCEPTIBLE,
                                TbClass.ACTIVE_PULMONARY,
                                Pregnancy.NOT_APPLICABLE,
                                MentalHealth.NO_CONCERN,
                                null));
        s.clearances().decide(a, Fitness.NOT_FIT, null);
        s.holds().place(p.id(), "Active pulmonary tuberculosis: not to travel before treatment and negative cultures");
        UUID t = s.treatments().start(p.id(), "2HRZE/4HR", today.minusDays(25));
        for (int d = 25; d >= 1; d--) {
            s.treatments().logDose(t, today.minusDays(d), d != 17 && d != 9);
        }
    }

    private void vaccinate(PersonSummary p, LocalDate on) {
        s.vaccinations().record(p.id(), new VaccinationCommand("MMR", "MMR-24-0931", on));
        s.vaccinations().record(p.id(), new VaccinationCommand("TD", "TD-25-1177", on));
    }

    private static AssessmentForm examined(LocalDate on, String physician) {
        return new AssessmentForm(
                physician,
                on,
                "No known chronic illness",
                "Unremarkable",
                new BigDecimal("36.8"),
                76,
                118,
                78,
                16,
                98,
                new BigDecimal("54.0"),
                new BigDecimal("158"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                MentalHealth.NO_CONCERN,
                null);
    }

    private static AssessmentForm cleared(LocalDate on) {
        return new AssessmentForm(
                "Dr. Shirin Akter",
                on,
                "No known chronic illness",
                "Unremarkable",
                new BigDecimal("36.7"),
                72,
                120,
                80,
                15,
                99,
                new BigDecimal("61.0"),
                new BigDecimal("166"),
                on,
                Xray.NORMAL,
                null,
                null,
                null,
                null,
                null,
                null,
                TbClass.NO_TB,
                Pregnancy.NOT_APPLICABLE,
                MentalHealth.NO_CONCERN,
                null);
    }

    private UUID profile(String code) {
        return s.profiles().versions(code).get(0).id();
    }
}
