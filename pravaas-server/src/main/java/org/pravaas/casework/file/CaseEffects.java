package org.pravaas.casework.file;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.casework.CaseId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every change of a case does besides its own rows, in the change's transaction: a timeline
 * line, an audit entry, an event for other modules (delivered after commit).
 */
@Component
public class CaseEffects {
    private final Timeline timeline;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final CaseAccess access;
    private final Clock clock;

    CaseEffects(Timeline timeline, AuditLog audit, ApplicationEventPublisher events, CaseAccess access, Clock clock) {
        this.timeline = timeline;
        this.audit = audit;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Who acts: the signed-in user, or "system" in a listener. */
    public String actor() {
        return access.actor();
    }

    public void timeline(CaseId id, String messageKey, List<String> arguments, Instant at) {
        timeline.add(id.value(), access.actor(), messageKey, arguments, at);
    }

    public void audit(AuditEvent event) {
        audit.record(event);
    }

    public void publish(Object event) {
        events.publishEvent(event);
    }
}
