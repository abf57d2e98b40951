package org.pravaas.skills.matching;

import java.util.List;

/**
 * What one aspect added to a score and why, as a message key with its arguments.
 *
 * @param points what the aspect added, from 0 to {@code max}
 */
public record ScorePart(Aspect aspect, double points, int max, String messageKey, List<Object> args) {
    public enum Aspect {
        OCCUPATION(40),
        SKILLS(25),
        LANGUAGE(15),
        AVAILABILITY(10),
        LOCATION(10);

        final int weight;

        Aspect(int weight) {
            this.weight = weight;
        }

        public int weight() {
            return weight;
        }

        public String messageKey() {
            return "skills.aspect." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public long rounded() {
        return Math.round(points);
    }
}
