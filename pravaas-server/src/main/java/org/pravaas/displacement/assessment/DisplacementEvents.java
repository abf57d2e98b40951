package org.pravaas.displacement.assessment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.displacement.location.AdminArea;
import org.pravaas.displacement.location.AdminAreas;
import org.pravaas.displacement.operation.Operation;
import org.pravaas.displacement.operation.OperationService;
import org.pravaas.shared.Ids;
import org.pravaas.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Event tracking: sudden displacement reported as it happens, by area, date and cause. */
@Service
public class DisplacementEvents {
    private final JdbcClient jdbc;
    private final OperationService operations;
    private final AdminAreas areas;
    private final AuditLog audit;

    DisplacementEvents(JdbcClient jdbc, OperationService operations, AdminAreas areas, AuditLog audit) {
        this.jdbc = jdbc;
        this.operations = operations;
        this.areas = areas;
        this.audit = audit;
    }

    @Transactional
    public UUID report(UUID operation, EventCommand e) {
        Operation op = operations.get(operation);
        String by = operations.requireEnter(op).username();
        AdminArea area = areas.byPcode(Objects.requireNonNull(e.areaPcode()).strip())
                .orElseThrow(
                        () -> new RuleViolation("areaPcode", "displacement.location.unknown-pcode", e.areaPcode()));
        LocalDate occurred = Objects.requireNonNull(e.occurredOn());
        if (occurred.isAfter(LocalDate.now())) {
            throw new RuleViolation("occurredOn", "displacement.flow.future-date", occurred.toString());
        }
        if (Objects.requireNonNull(e.households()) > Objects.requireNonNull(e.individuals())) {
            throw new RuleViolation(
                    "households", "displacement.rule.households-exceed", e.households(), e.individuals());
        }
        UUID id = Ids.newId();
        insert(id, op, area, e, by);
        audit.record(AuditEvent.of("displacement.event.reported", "event", id, op.officeId()));
        return id;
    }

    /** For loaders that act without a signed-in user (demo data). */
    @Transactional
    public void insert(UUID id, Operation op, AdminArea area, EventCommand e, String by) {
        jdbc.sql(
                        """
                insert into displacement.event (id, operation_id, area_id, occurred_on, reported_on, reason, households,
                    individuals, description, entered_by)
                values (:id, :op, :area, :occurred, least(current_date, cast(:occurred as date) + 2), :reason, :hh, :ind, :text, :by)
                """)
                .param("id", id)
                .param("op", op.id())
                .param("area", area.id())
                .param("occurred", e.occurredOn())
                .param("reason", String.valueOf(e.reason()))
                .param("hh", e.households())
                .param("ind", e.individuals())
                .param("text", e.description())
                .param("by", by)
                .update();
    }
}
