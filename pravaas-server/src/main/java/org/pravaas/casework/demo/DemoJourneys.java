package org.pravaas.casework.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.Cases;
import org.pravaas.casework.consent.ConsentCommand;
import org.pravaas.casework.consent.ConsentService;
import org.pravaas.casework.consent.Recipient;
import org.pravaas.casework.consent.SharedPart;
import org.pravaas.casework.file.CaseOpening;
import org.pravaas.casework.file.OpenCase;
import org.pravaas.casework.file.Transitions;
import org.pravaas.casework.note.NoteService;
import org.pravaas.casework.referral.ReferralService;
import org.pravaas.casework.task.TaskService;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.organization.PartnerDirectory;
import org.pravaas.registry.PersonSummary;
import org.springframework.stereotype.Component;

/** Walks the demo's cases along their programmes through the same services the pages use. */
@Component
class DemoJourneys {
    /** Each programme's path, and the values each stage needs before it is left. */
    private static final Map<String, List<Step>> PATHS = Map.of(
            "resettlement",
                    List.of(
                            new Step("interview", Map.of("referral_source", "UNHCR")),
                            new Step("submission", Map.of("interview_date", "2026-10-02")),
                            new Step("decision", Map.of("submission_country", "CA", "submission_date", "2026-10-20")),
                            new Step("pre_departure", Map.of("decision_outcome", "ACCEPTED")),
                            new Step(
                                    "ready_for_movement",
                                    Map.of("orientation_date", "2026-11-05", "travel_documents_date", "2026-11-06"))),
            "avrr",
                    List.of(
                            new Step("eligibility", Map.of("country_of_return", "SY")),
                            new Step("return_travel", Map.of("eligible", "true")),
                            new Step("reintegration_plan", Map.of("departure_date", "2026-11-03")),
                            new Step("assistance", Map.of()),
                            new Step("monitoring", Map.of())),
            "protection",
                    List.of(
                            new Step("risk_assessment", Map.of("identification_date", "2026-09-14")),
                            new Step("assistance", Map.of("risk_level", "HIGH")),
                            new Step("referral_to_services", Map.of())),
            "emergency", List.of(new Step("assistance", Map.of("household_size", "6", "site", "Bekaa ITS 12"))));

    private static final String[] TASKS = {
        "Call to confirm the interview",
        "Collect the medical file",
        "Check the travel documents",
        "Home visit",
        "Update the vulnerability assessment"
    };

    private final CaseOpening opening;
    private final Transitions transitions;
    private final Cases cases;
    private final TaskService tasks;
    private final NoteService notes;
    private final Sharing sharing;
    private final BatchIdentity identity;

    DemoJourneys(
            CaseOpening opening,
            Transitions transitions,
            Cases cases,
            TaskService tasks,
            NoteService notes,
            Sharing sharing,
            BatchIdentity identity) {
        this.opening = opening;
        this.transitions = transitions;
        this.cases = cases;
        this.tasks = tasks;
        this.notes = notes;
        this.sharing = sharing;
        this.identity = identity;
    }

    /** A stage to move to and the values to fill first. */
    record Step(String to, Map<String, String> values) {}

    void seed(List<PersonSummary> people) {
        String[] programmes = {"resettlement", "avrr", "protection", "emergency"};
        LocalDate today = LocalDate.now();
        for (int i = 0; i < people.size(); i++) {
            String programme = programmes[i % 4];
            identity.actAs("caseworker");
            CaseId id = opening.open(
                    new OpenCase(programme, null, people.get(i).id().value(), null, "caseworker"));
            walk(id, programme, (i / 4) % (PATHS.get(programme).size() + 1));
            if (cases.read(id).open()) {
                tasks.add(
                        id, TASKS[i % TASKS.length], "caseworker", today.plusDays(i % 3 == 0 ? -4 - i % 5 : 3 + i % 7));
            }
            if (i % 5 == 0) notes.add(id, "First contact made; the family prefers to be called in the morning.");
            if (i == 1) sharing.referToPartner(id);
        }
    }

    /** Moves the case {@code steps} stages along its programme; an approval step is approved by the administrator. */
    private void walk(CaseId id, String programme, int steps) {
        for (Step step : PATHS.get(programme).subList(0, steps)) {
            identity.actAs("caseworker");
            var outcome = transitions.move(id, cases.read(id).version(), step.to(), new LinkedHashMap<>(step.values()));
            if (outcome == Transitions.Outcome.PROPOSED) {
                if (steps == 2 && programme.equals("resettlement")) return;
                identity.actAs("admin");
                sharing.approvePending(id);
            }
        }
    }

    /** The demo's consent and referral, and approvals. */
    @Component
    static class Sharing {
        private final ConsentService consents;
        private final ReferralService referrals;
        private final PartnerDirectory partners;
        private final org.pravaas.casework.file.Approvals approvals;
        private final org.pravaas.casework.file.Proposals proposals;

        Sharing(
                ConsentService consents,
                ReferralService referrals,
                PartnerDirectory partners,
                org.pravaas.casework.file.Approvals approvals,
                org.pravaas.casework.file.Proposals proposals) {
            this.consents = consents;
            this.referrals = referrals;
            this.partners = partners;
            this.approvals = approvals;
            this.proposals = proposals;
        }

        void approvePending(CaseId id) {
            proposals.pendingOf(id.value()).ifPresent(p -> approvals.approve(p.id()));
        }

        void referToPartner(CaseId id) {
            partners.all().stream()
                    .filter(p -> p.name().startsWith("Amman Legal Aid"))
                    .findFirst()
                    .ifPresent(p -> {
                        Recipient to = new Recipient(Recipient.Kind.PARTNER, p.id());
                        List<SharedPart> parts = List.of(SharedPart.IDENTITY, SharedPart.CASE_SUMMARY);
                        consents.record(
                                id,
                                new ConsentCommand(
                                        null,
                                        "Legal counselling on return documents",
                                        List.of(to.toString()),
                                        parts,
                                        LocalDate.now().minusDays(2),
                                        LocalDate.now().plusMonths(6)));
                        referrals.refer(id, to, parts, "Needs advice on civil documentation before return.");
                    });
        }
    }
}
