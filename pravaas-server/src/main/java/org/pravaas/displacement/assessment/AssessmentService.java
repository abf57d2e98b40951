package org.pravaas.displacement.assessment;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.displacement.operation.Operation;
import org.pravaas.displacement.operation.OperationService;
import org.pravaas.displacement.operation.Operations;
import org.pravaas.displacement.operation.Round;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Entering assessments by form, and listing a round's. */
@Service
public class AssessmentService {
    private final Operations operations;
    private final OperationService access;
    private final AssessmentValidator validator;
    private final Assessments assessments;
    private final AuditLog audit;

    AssessmentService(
            Operations operations,
            OperationService access,
            AssessmentValidator validator,
            Assessments assessments,
            AuditLog audit) {
        this.operations = operations;
        this.access = access;
        this.validator = validator;
        this.assessments = assessments;
        this.audit = audit;
    }

    /** Stores an assessment, or refuses it with every rule it breaks. */
    @Transactional
    public UUID enter(AssessmentCommand command) {
        UUID roundId = Objects.requireNonNull(command.roundId());
        Round round = operations.round(roundId).orElseThrow(() -> new NotFoundException("round", roundId));
        Operation op = access.get(round.operationId());
        String by = access.requireEnter(op).username();
        if (round.published()) {
            throw new RuleViolation("roundId", "displacement.round.already-published", round.number());
        }
        AssessmentValidator.Checked checked = validator.check(op, round, validator.countryAreas(op), command, by);
        NewAssessment a = checked.assessment();
        if (a == null) {
            throw new RuleViolation(checked.violations());
        }
        if (a.siteId() != null && assessments.siteAssessed(round.id(), a.siteId())) {
            throw new RuleViolation(
                    List.of(new Violation("siteCode", "displacement.rule.site-already-assessed", command.siteCode())));
        }
        assessments.insert(a);
        audit.record(AuditEvent.of("displacement.assessment.entered", "assessment", a.id(), op.officeId()));
        return a.id();
    }

    @Transactional(readOnly = true)
    public List<Assessments.Line> ofRound(Round round) {
        Operation op = access.get(round.operationId());
        if (!round.published() && !access.seesDrafts(op)) {
            throw new NotFoundException("round", round.id());
        }
        return assessments.ofRound(round.id());
    }
}
