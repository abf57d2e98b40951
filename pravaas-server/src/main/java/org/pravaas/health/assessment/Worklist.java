package org.pravaas.health.assessment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.health.access.HealthRoles;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.registry.PersonId;
import org.pravaas.registry.PersonSummary;
import org.pravaas.registry.Registry;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic's daily worklist: the day's assessments in the health officer's offices, with who is coming. */
@Service("healthWorklist")
public class Worklist {
    /** The most lines one export holds: a clinic's day is a few hundred. */
    public static final int MAX_EXPORT = 10_000;

    private final Assessments assessments;
    private final Registry registry;
    private final Access access;
    private final AuditLog audit;

    Worklist(Assessments assessments, Registry registry, Access access, AuditLog audit) {
        this.assessments = assessments;
        this.registry = registry;
        this.access = access;
        this.audit = audit;
    }

    /** A worklist line with the person's summary (absent when the registry no longer shows them). */
    public record Entry(Assessments.Line line, @Nullable PersonSummary person) {}

    @Transactional
    public Page<Entry> of(LocalDate day, @Nullable AssessmentStatus status, PageRequest page) {
        CurrentUser user = access.requireRole(HealthRoles.CLINICAL);
        Page<Assessments.Line> lines = assessments.worklist(access.officesInScope(), day, status, page);
        audit.record(AuditEvent.of(
                        "health.worklist.read", "worklist", day, user.officeId().value())
                .withDetails("rows=" + lines.items().size()));
        return lines.map(
                l -> new Entry(l, registry.find(new PersonId(l.personId())).orElse(null)));
    }

    /** Every line of the day (at most {@code MAX_EXPORT}), for the clinic's printed list; audited as an export. */
    @Transactional
    public java.util.List<Entry> export(LocalDate day, @Nullable AssessmentStatus status) {
        CurrentUser user = access.requireRole(HealthRoles.CLINICAL);
        java.util.List<Entry> out = new java.util.ArrayList<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
        Page<Assessments.Line> lines;
        do {
            lines = assessments.worklist(access.officesInScope(), day, status, page);
            lines.items()
                    .forEach(l -> out.add(new Entry(
                            l, registry.find(new PersonId(l.personId())).orElse(null))));
            page = page.withPage(page.page() + 1);
        } while (lines.hasNext() && out.size() < MAX_EXPORT);
        audit.record(AuditEvent.of(
                        "health.worklist.exported",
                        "worklist",
                        day,
                        user.officeId().value())
                .withDetails("format=csv rows=" + out.size()));
        return out;
    }
}
