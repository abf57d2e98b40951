package org.pravaas.match;

/** Hand-set m and u probabilities for an untrained model, per field type (levels low to high). */
final class Defaults {
    private Defaults() {}

    static double[] m(FieldType type) {
        return switch (type) {
            case NAME -> new double[] {0.02, 0.05, 0.13, 0.3, 0.5};
            case DATE -> new double[] {0.03, 0.03, 0.04, 0.1, 0.8};
            case IDENTIFIER -> new double[] {0.05, 0.1, 0.85};
            case TEXT -> new double[] {0.1, 0.1, 0.2, 0.6};
            case CATEGORY -> new double[] {0.05, 0.95};
        };
    }

    static double[] u(FieldType type) {
        return switch (type) {
            case NAME -> new double[] {0.85, 0.1, 0.04, 0.008, 0.002};
            case DATE -> new double[] {0.9, 0.07, 0.02, 0.008, 0.002};
            case IDENTIFIER -> new double[] {0.998, 0.0015, 0.0005};
            case TEXT -> new double[] {0.9, 0.07, 0.02, 0.01};
            case CATEGORY -> new double[] {0.5, 0.5};
        };
    }
}
