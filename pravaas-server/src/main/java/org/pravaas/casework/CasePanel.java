package org.pravaas.casework;

/**
 * A programme's own section on the case page (e.g. AVRR assistance, protection's identification).
 * The case page renders the template's {@code panel} fragment with {@code ${panel}} = {@link
 * #model} and {@code ${kase}} = the case, for cases of {@link #programme} only.
 */
public interface CasePanel {
    /** The programme code whose cases show the panel, e.g. {@code avrr}. */
    String programme();

    /** Message key of the section heading. */
    String titleKey();

    /** The template that defines {@code th:fragment="panel"}, e.g. {@code casework/programme/avrr}. */
    String template();

    /** What the fragment reads as {@code ${panel}}; called after the case was read (and audited). */
    Object model(CaseSummary kase);

    /** Position on the page, lowest first. */
    default int order() {
        return 100;
    }
}
