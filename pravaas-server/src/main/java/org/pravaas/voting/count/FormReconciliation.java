package org.pravaas.voting.count;

import java.util.List;
import java.util.Optional;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.Elections;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.polling.Votes;
import org.pravaas.voting.register.VoterLists;
import org.springframework.stereotype.Component;

/** Checks agreed figures against every {@link ReconciliationPolicy}: counted when all pass, quarantined with the reasons otherwise. */
@Component
class FormReconciliation {
    private final ResultForms forms;
    private final Elections elections;
    private final VoterLists voters;
    private final Votes votes;
    private final AuditLog audit;

    FormReconciliation(ResultForms forms, Elections elections, VoterLists voters, Votes votes, AuditLog audit) {
        this.forms = forms;
        this.elections = elections;
        this.voters = voters;
        this.votes = votes;
        this.audit = audit;
    }

    /** Compares the two copies: agreed figures are reconciled, differing copies go to quality control. */
    void settle(ResultForm form, Station station, Figures first, Figures second) {
        List<String> differences = first.differencesFrom(second);
        if (differences.isEmpty()) {
            reconcile(form, station, second, "system");
            return;
        }
        String fields = String.join(", ", differences);
        forms.update(
                form.id(), FormStatus.QUALITY_CONTROL, List.of(Reason.of("voting.form.copies-differ", fields)), null);
        forms.addEvent(form.id(), "system", "copies-differ", fields);
    }

    void reconcile(ResultForm form, Station station, Figures agreed, String actor) {
        Election election = elections.byId(form.electionId()).orElseThrow();
        var context = new ReconciliationPolicy.Station(
                voters.listedAt(station.id()),
                votes.at(station.id()),
                election.ownStationOnly(),
                elections.contestants(election.id()).size());
        List<Reason> reasons = ReconciliationPolicy.all().stream()
                .map(p -> p.check(agreed, context))
                .flatMap(Optional::stream)
                .toList();
        FormStatus status = reasons.isEmpty() ? FormStatus.COUNTED : FormStatus.QUARANTINED;
        forms.update(form.id(), status, reasons, agreed);
        forms.addEvent(
                form.id(),
                actor,
                reasons.isEmpty() ? "reconciled" : "quarantined",
                reasons.stream()
                        .map(Reason::messageKey)
                        .reduce((a, b) -> a + ", " + b)
                        .orElse(null));
        audit.record(AuditEvent.of(
                        "voting.form." + status.name().toLowerCase(java.util.Locale.ROOT),
                        "result-form",
                        form.id(),
                        station.officeId())
                .withDetails(reasons.isEmpty() ? null : "reasons=" + reasons.size()));
    }
}
