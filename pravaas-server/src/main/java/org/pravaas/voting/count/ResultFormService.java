package org.pravaas.voting.count;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.CurrentUser;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.pravaas.voting.election.Designation;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.Elections;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.election.StationAccess;
import org.pravaas.voting.election.Stations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Double entry of result forms. Two clerks each enter the station's paper form; the second copy
 * must come from another clerk. Copies that agree are reconciled ({@link ReconciliationPolicy})
 * and counted or quarantined; copies that differ go to quality control, where an auditor, with
 * the paper form, chooses the right copy. An auditor clears or excludes a quarantined form,
 * giving the reason. Every step is in the form's trail and the audit log.
 */
@Service
public class ResultFormService {
    private final ResultForms forms;
    private final Stations stations;
    private final Elections elections;
    private final StationAccess access;
    private final FormReconciliation reconciliation;
    private final AuditLog audit;

    ResultFormService(
            ResultForms forms,
            Stations stations,
            Elections elections,
            StationAccess access,
            FormReconciliation reconciliation,
            AuditLog audit) {
        this.forms = forms;
        this.stations = stations;
        this.elections = elections;
        this.access = access;
        this.reconciliation = reconciliation;
        this.audit = audit;
    }

    @Transactional
    public ResultForm enter(UUID stationId, FormEntry entry) {
        Station station = stations.byId(stationId).orElseThrow(() -> new NotFoundException("station", stationId));
        CurrentUser clerk = access.require(station, Designation.CLERK, Designation.PRESIDING_OFFICER);
        Election election = elections.byId(station.electionId()).orElseThrow();
        Figures figures = entry.figures();
        int choices = elections.contestants(election.id()).size();
        if (figures.votes().size() != choices) {
            throw new RuleViolation("votes", "voting.form.choices", choices);
        }
        ResultForm form = forms.open(Ids.newId(), station.id(), election.id());
        if (form.status() != FormStatus.AWAITING_SECOND) {
            throw new RuleViolation("", "voting.form.closed");
        }
        List<Copy> copies = forms.copies(form.id());
        if (copies.stream().anyMatch(c -> c.clerk().equals(clerk.username()))) {
            throw new RuleViolation("", "voting.form.same-clerk");
        }
        int number = copies.size() + 1;
        forms.insertCopy(form.id(), number, clerk.username(), figures);
        forms.addEvent(form.id(), clerk.username(), "entered-" + number, null);
        audit.record(AuditEvent.of("voting.form.entered", "result-form", form.id(), station.officeId())
                .withDetails("copy=" + number));
        if (number == 2) {
            reconciliation.settle(form, station, copies.get(0).figures(), figures);
        }
        return forms.byId(form.id()).orElseThrow();
    }

    /** Quality control: the auditor checked the paper form and names the right copy. */
    @Transactional
    public ResultForm resolve(UUID formId, int copy, String note) {
        ResultForm form = auditable(formId, FormStatus.QUALITY_CONTROL);
        Station station = stations.byId(form.stationId()).orElseThrow();
        CurrentUser auditor =
                access.requireAuditor(elections.byId(form.electionId()).orElseThrow());
        Figures chosen = forms.copies(formId).stream()
                .filter(c -> c.number() == copy)
                .findFirst()
                .orElseThrow(() -> new RuleViolation("copy", "validation.unknown"))
                .figures();
        forms.addEvent(formId, auditor.username(), "copy-chosen-" + copy, requireNote(note));
        reconciliation.reconcile(form, station, chosen, auditor.username());
        return forms.byId(formId).orElseThrow();
    }

    /** The auditor's decision on a quarantined form: counted after all, or excluded from the results. */
    @Transactional
    public ResultForm decide(UUID formId, boolean clear, String note) {
        ResultForm form = auditable(formId, FormStatus.QUARANTINED);
        Station station = stations.byId(form.stationId()).orElseThrow();
        CurrentUser auditor =
                access.requireAuditor(elections.byId(form.electionId()).orElseThrow());
        String why = requireNote(note);
        FormStatus next = clear ? FormStatus.COUNTED : FormStatus.EXCLUDED;
        forms.update(formId, next, form.reasons(), null);
        forms.addEvent(formId, auditor.username(), clear ? "cleared" : "excluded", why);
        audit.record(AuditEvent.of(
                        "voting.form." + (clear ? "cleared" : "excluded"), "result-form", formId, station.officeId())
                .because(why));
        return forms.byId(formId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<ResultForm> ofStation(UUID station) {
        return forms.of(stations.byId(station).orElseThrow().electionId()).stream()
                .filter(f -> f.stationId().equals(station))
                .findFirst();
    }

    @Transactional(readOnly = true)
    public ResultForm get(UUID formId) {
        return forms.byId(formId).orElseThrow(() -> new NotFoundException("result-form", formId));
    }

    private ResultForm auditable(UUID formId, FormStatus expected) {
        ResultForm form = get(formId);
        if (form.status() != expected) {
            throw new RuleViolation("", "voting.form.not-" + expected.name().toLowerCase(java.util.Locale.ROOT));
        }
        return form;
    }

    private static String requireNote(String note) {
        if (Objects.requireNonNullElse(note, "").isBlank()) {
            throw new RuleViolation("note", "voting.review.note-required");
        }
        return note.strip();
    }
}
