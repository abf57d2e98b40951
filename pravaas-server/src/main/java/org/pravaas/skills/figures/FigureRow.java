package org.pravaas.skills.figures;

/**
 * One country and occupation group: people placed (accepted or finished placements), their
 * person-months by contract dates (as evaluated for finished ones), and the outcomes evaluated.
 */
public record FigureRow(
        String country,
        String occupation,
        long placed,
        double personMonths,
        long objectivesMet,
        long partlyMet,
        long notMet,
        long stayed) {

    public long evaluated() {
        return objectivesMet + partlyMet + notMet;
    }

    public String personMonthsText() {
        return String.format(java.util.Locale.ROOT, "%.1f", personMonths);
    }
}
