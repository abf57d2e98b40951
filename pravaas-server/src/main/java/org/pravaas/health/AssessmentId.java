package org.pravaas.health;

import java.util.UUID;

/** A health assessment of one person for one destination profile. */
public record AssessmentId(UUID value) {
    public static AssessmentId of(String text) {
        return new AssessmentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
