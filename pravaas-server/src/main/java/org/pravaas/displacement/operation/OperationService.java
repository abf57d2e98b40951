package org.pravaas.displacement.operation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.Role;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operations and rounds, and who may do what with them: enumerators (and administrators) of the
 * operation's office or above enter and import its data; administrators, acting as information
 * managers, publish a round; everyone signed in sees published rounds.
 */
@Service
public class OperationService {
    private final Operations operations;
    private final Access access;
    private final AuditLog audit;

    OperationService(Operations operations, Access access, AuditLog audit) {
        this.operations = operations;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Operation> all() {
        access.current();
        return operations.all();
    }

    @Transactional(readOnly = true)
    public Operation get(UUID id) {
        access.current();
        return operations.byId(id).orElseThrow(() -> new NotFoundException("operation", id));
    }

    /** True when the signed-in user may enter and import this operation's data. */
    public boolean mayEnter(Operation op) {
        CurrentUser user = access.current();
        return (user.has(Role.ENUMERATOR) || user.isAdministrator())
                && access.covers(new org.pravaas.organization.OfficeId(op.officeId()));
    }

    public CurrentUser requireEnter(Operation op) {
        if (!mayEnter(op)) {
            throw new AccessDeniedException("May not enter data for operation " + op.code());
        }
        return access.current();
    }

    /** Drafts (unpublished rounds) are seen only by those who enter or publish them. */
    public boolean seesDrafts(Operation op) {
        return mayEnter(op) || access.current().isAdministrator();
    }

    public boolean mayPublish() {
        return access.signedIn().map(CurrentUser::isAdministrator).orElse(false);
    }

    @Transactional(readOnly = true)
    public List<Round> rounds(Operation op) {
        boolean drafts = seesDrafts(op);
        return operations.rounds(op.id()).stream()
                .filter(r -> drafts || r.published())
                .toList();
    }

    /** Opens an operation; refuses an unknown office or country P-code, or a code in use. */
    @Transactional
    public Operation create(OperationCommand command, java.util.function.ToIntFunction<String> countryId) {
        access.requireRole(Role.ADMINISTRATOR);
        String code = Objects.requireNonNull(command.code());
        if (operations.byCode(code).isPresent()) {
            throw new RuleViolation("code", "displacement.operation.code-taken", code);
        }
        UUID office = access.officeByCode(Objects.requireNonNull(command.officeCode()))
                .orElseThrow(() ->
                        new RuleViolation("officeCode", "displacement.operation.unknown-office", command.officeCode()))
                .value();
        int admin0 = countryId.applyAsInt(Objects.requireNonNull(command.admin0Pcode()));
        if (admin0 < 0) {
            throw new RuleViolation("admin0Pcode", "displacement.location.unknown-pcode", command.admin0Pcode());
        }
        Operation op = new Operation(
                Ids.newId(),
                code,
                Objects.requireNonNull(command.name()),
                office,
                admin0,
                Operations.defaultJumpFactor());
        operations.insert(op);
        audit.record(AuditEvent.of("displacement.operation.created", "operation", op.id(), office));
        return op;
    }

    @Transactional
    public Round openRound(UUID operation, RoundCommand command) {
        Operation op = get(operation);
        requireEnter(op);
        LocalDate starts = Objects.requireNonNull(command.startsOn());
        LocalDate ends = Objects.requireNonNull(command.endsOn());
        int number = Objects.requireNonNull(command.number());
        if (ends.isBefore(starts)) {
            throw new RuleViolation("endsOn", "displacement.round.ends-before-start");
        }
        if (operations.round(operation, number).isPresent()) {
            throw new RuleViolation("number", "displacement.round.exists", number);
        }
        UUID id = Ids.newId();
        operations.insertRound(id, operation, number, starts, ends);
        audit.record(AuditEvent.of("displacement.round.opened", "round", id, op.officeId()));
        return operations.round(id).orElseThrow();
    }

    @Transactional
    public Round publish(UUID round) {
        CurrentUser user = access.requireRole(Role.ADMINISTRATOR);
        Round r = operations.round(round).orElseThrow(() -> new NotFoundException("round", round));
        Operation op = get(r.operationId());
        operations.publish(round, user.username());
        audit.record(AuditEvent.of("displacement.round.published", "round", round, op.officeId()));
        return operations.round(round).orElseThrow();
    }

    /** For loaders that run without a signed-in user (demo data, benchmarks). */
    @Transactional
    public Operation createUnchecked(String code, String name, UUID office, int admin0Id, BigDecimal factor) {
        Operation op = new Operation(Ids.newId(), code, name, office, admin0Id, factor);
        operations.insert(op);
        return op;
    }

    @Transactional
    public Round openRoundUnchecked(UUID operation, int number, LocalDate starts, LocalDate ends) {
        UUID id = Ids.newId();
        operations.insertRound(id, operation, number, starts, ends);
        return operations.round(id).orElseThrow();
    }

    @Transactional
    public void publishUnchecked(UUID round) {
        operations.publish(round, "system");
    }
}
