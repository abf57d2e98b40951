package org.pravaas.registry.matching;

import java.util.List;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.OfficeId;
import org.pravaas.registry.person.RegistryRoles;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duplicate review queue: same, not the same, or unsure. An office may require a second
 * reviewer; then the first verdict waits for another person, and a verdict is final only when
 * two people gave it.
 */
@Service
public class ReviewService {
    private final DuplicatePairs pairs;
    private final Access access;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    ReviewService(DuplicatePairs pairs, Access access, AuditLog audit, JdbcClient jdbc) {
        this.pairs = pairs;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<DuplicatePair> queue(int limit) {
        access.requireRole(RegistryRoles.REVIEW);
        return pairs.open(access.officesInScope(), limit);
    }

    @Transactional(readOnly = true)
    public long openCount() {
        return pairs.countOpen(access.officesInScope());
    }

    @Transactional(readOnly = true)
    public DuplicatePair pair(UUID id) {
        access.requireRole(RegistryRoles.REVIEW);
        DuplicatePair pair = pairs.find(id).orElseThrow(() -> new NotFoundException("duplicate-pair", id));
        access.requireOffice(new OfficeId(pair.officeId()));
        return pair;
    }

    /** Records a verdict; returns the pair's new status. */
    @Transactional
    public PairStatus decide(UUID id, Verdict verdict) {
        CurrentUser user = access.requireRole(RegistryRoles.REVIEW);
        DuplicatePair pair = pair(id);
        if (pair.status() == PairStatus.MERGED
                || pair.status() == PairStatus.SAME
                || pair.status() == PairStatus.NOT_SAME) {
            throw new RuleViolation("", "registry.review.already-decided");
        }
        PairStatus next;
        if (pair.status() == PairStatus.AWAITING_SECOND) {
            if (user.username().equals(pair.firstBy()))
                throw new RuleViolation("", "registry.review.needs-another-person");
            next = verdict.name().equals(pair.firstVerdict()) ? verdict.status() : PairStatus.UNSURE;
            pairs.decide(id, next, user.username());
        } else if (secondReviewRequired(pair.officeId()) && verdict != Verdict.UNSURE) {
            pairs.firstVerdict(id, verdict, user.username());
            next = PairStatus.AWAITING_SECOND;
        } else {
            next = verdict.status();
            pairs.decide(id, next, user.username());
        }
        audit.record(AuditEvent.of("duplicate.reviewed", "duplicate-pair", id, pair.officeId())
                .withDetails("verdict=" + verdict + " status=" + next));
        return next;
    }

    public boolean secondReviewRequired(UUID office) {
        return jdbc.sql("select second_review from registry.office_setting where office_id = :office")
                .param("office", office)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Whether verdicts in the user's office need a second reviewer. */
    @Transactional
    public void requireSecondReview(boolean required) {
        CurrentUser user = access.requireRole(
                org.pravaas.organization.Role.ADMINISTRATOR, org.pravaas.organization.Role.REGISTRAR);
        jdbc.sql(
                        """
                insert into registry.office_setting (office_id, second_review) values (:office, :required)
                on conflict (office_id) do update set second_review = :required
                """)
                .param("office", user.officeId().value())
                .param("required", required)
                .update();
        audit.record(AuditEvent.of(
                        "registry.settings-changed",
                        "office",
                        user.officeId().value(),
                        user.officeId().value())
                .withDetails("second_review=" + required));
    }
}
