package org.pravaas.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something to record: the action (a dotted verb such as {@code user.created}), the object it
 * touched, the office that object belongs to, and why. {@code details} must never hold personal
 * data; it is for codes, counts and the names of changed fields.
 *
 * @param actor who acted; {@code null} means the signed-in user of the current request
 */
public record AuditEvent(
        String action,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable UUID officeId,
        @Nullable String reason,
        @Nullable String details,
        @Nullable String actor) {

    public static AuditEvent of(String action, String objectType, Object objectId, @Nullable UUID officeId) {
        return new AuditEvent(action, objectType, String.valueOf(objectId), officeId, null, null, null);
    }

    public AuditEvent because(@Nullable String why) {
        return new AuditEvent(action, objectType, objectId, officeId, why, details, actor);
    }

    public AuditEvent withDetails(@Nullable String text) {
        return new AuditEvent(action, objectType, objectId, officeId, reason, text, actor);
    }

    public AuditEvent by(String who) {
        return new AuditEvent(action, objectType, objectId, officeId, reason, details, who);
    }
}
