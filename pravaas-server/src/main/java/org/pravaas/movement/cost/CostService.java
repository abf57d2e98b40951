package org.pravaas.movement.cost;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.movement.travel.MovementAccess;
import org.pravaas.movement.travel.Request;
import org.pravaas.movement.travel.RequestService;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Costs per movement (tickets, escorts, transit, per diem) by budget line. Movement officers and
 * administrators of the request's office record them; a mistake is corrected by a reversing entry,
 * never by an edit, so the ledger always shows what was spent and what was taken back.
 */
@Service
public class CostService {
    private final Costs costs;
    private final RequestService requests;
    private final MovementAccess access;
    private final AuditLog audit;
    private final Clock clock;

    CostService(Costs costs, RequestService requests, MovementAccess access, AuditLog audit, Clock clock) {
        this.costs = costs;
        this.requests = requests;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a cost against the movement request; refuses with every wrong field named. */
    @Transactional
    public UUID record(UUID requestId, CostCommand command) {
        Request r = requests.request(requestId);
        String by = access.requireWrite(r.officeId());
        CostRules.Checked c = CostRules.check(command);
        Cost cost = new Cost(
                Ids.newId(),
                requestId,
                c.category(),
                c.budgetLine(),
                c.money().amount(),
                c.money().currency().getCurrencyCode(),
                now(),
                by,
                null,
                null,
                false);
        costs.insert(cost);
        audit.record(AuditEvent.of("movement.cost.recorded", "movement", requestId, r.officeId())
                .withDetails(c.category() + " " + c.budgetLine() + " " + c.money()));
        return cost.id();
    }

    /** Takes a cost back with a negative entry linked to it; an entry is reversed once at most. */
    @Transactional
    public UUID reverse(UUID requestId, UUID costId, @Nullable String reason) {
        Cost original = costs.findForUpdate(costId)
                .filter(c -> c.requestId().equals(requestId))
                .orElseThrow(() -> new NotFoundException("cost", costId));
        Request r = requests.request(original.requestId());
        String by = access.requireWrite(r.officeId());
        if (original.isReversal()) throw new RuleViolation("", "movement.cost.reversal-of-reversal");
        if (original.reversed()) throw new RuleViolation("", "movement.cost.already-reversed");
        String why = CostRules.reason(reason);
        Cost reversal = new Cost(
                Ids.newId(),
                original.requestId(),
                original.category(),
                original.budgetLine(),
                original.amount().negate(),
                original.currency(),
                now(),
                by,
                original.id(),
                why,
                false);
        costs.insert(reversal);
        audit.record(AuditEvent.of("movement.cost.reversed", "movement", r.id(), r.officeId())
                .because(why)
                .withDetails("cost=" + original.id()));
        return reversal.id();
    }

    /** The movement's entries in the order they were made, with totals per currency. */
    @Transactional(readOnly = true)
    public CostLedger ledger(UUID requestId) {
        requests.request(requestId);
        return CostLedger.of(costs.ofRequest(requestId));
    }

    /** The ledger as a file leaves the system: the export is audited. */
    @Transactional
    public CostLedger export(UUID requestId) {
        Request r = requests.request(requestId);
        audit.record(AuditEvent.of("movement.cost.exported", "movement", requestId, r.officeId()));
        return CostLedger.of(costs.ofRequest(requestId));
    }

    /**
     * Net costs by budget line in the user's offices for entries made from {@code from} to {@code to}
     * (UTC days, both included); audited as an export.
     */
    @Transactional
    public List<OfficeCost> byBudgetLine(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) throw new RuleViolation("to", "movement.cost.period-order");
        audit.record(AuditEvent.of("movement.cost.exported", "office", access.currentOffice(), access.currentOffice())
                .withDetails(from + ".." + to + " offices=" + access.offices().size() + " in scope"));
        return costs.byBudgetLine(
                access.offices(),
                from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
