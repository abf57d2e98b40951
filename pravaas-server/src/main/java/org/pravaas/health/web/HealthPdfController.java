package org.pravaas.health.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.health.assessment.AssessmentForm;
import org.pravaas.health.assessment.AssessmentService;
import org.pravaas.health.clearance.ClearanceService;
import org.pravaas.health.clearance.TravelDecision;
import org.pravaas.health.record.HealthRecords;
import org.pravaas.home.Formats;
import org.pravaas.registry.PersonId;
import org.pravaas.registry.PersonSummary;
import org.pravaas.shared.pdf.PdfDocument;
import org.pravaas.shared.pdf.PdfDocument.Field;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The medical summary and clearance form of an assessment, and a person's vaccination record, as
 * PDFs in the user's language. Both are clinical reads, audited like the pages.
 */
@Controller("healthPdfController")
class HealthPdfController {
    private final AssessmentService assessments;
    private final ClearanceService clearances;
    private final HealthRecords records;
    private final MessageSource messages;
    private final Formats fmt;
    private final Clock clock;

    HealthPdfController(
            AssessmentService assessments,
            ClearanceService clearances,
            HealthRecords records,
            MessageSource messages,
            Formats fmt,
            Clock clock) {
        this.assessments = assessments;
        this.clearances = clearances;
        this.records = records;
        this.messages = messages;
        this.fmt = fmt;
        this.clock = clock;
    }

    @GetMapping("/health/assessments/{id}/clearance.pdf")
    void clearance(@PathVariable UUID id, HttpServletResponse response, Locale locale) throws Exception {
        var view = assessments.view(id);
        var a = view.assessment();
        AssessmentForm f = a.findings();
        TravelDecision decision = clearances.decisionsOf(a.personId()).stream()
                .filter(d -> d.assessmentId().equals(id))
                .findFirst()
                .orElse(null);
        try (PdfDocument pdf =
                PdfDocument.download(response, "clearance-" + view.person().reference() + ".pdf", locale)) {
            pdf.title(t("health.pdf.clearance.title", locale))
                    .paragraph(t("health.pdf.confidential", locale))
                    .fields(person(view.person(), locale))
                    .fields(List.of(
                            new Field(
                                    t("health.profile", locale),
                                    view.profile().name() + " ("
                                            + view.profile().label() + ")"),
                            new Field(t("health.assessment.clinic", locale), a.clinic()),
                            new Field(t("health.assessment.physician", locale), text(f.physician())),
                            new Field(t("health.assessment.examined-on", locale), fmt.date(f.examinedOn())),
                            new Field(t("health.pdf.decision", locale), decision(decision, locale))))
                    .heading(t("health.pdf.findings", locale))
                    .table(List.of(t("health.pdf.item", locale), t("health.pdf.value", locale)), findings(f, locale));
            if (!view.labs().isEmpty()) {
                pdf.heading(t("health.labs.title", locale))
                        .table(
                                List.of(
                                        t("health.lab.test", locale), t("health.lab.sampled-on", locale),
                                        t("health.lab.resulted-on", locale), t("health.lab.result", locale)),
                                view.labs().stream()
                                        .map(l -> List.of(
                                                l.test(),
                                                fmt.date(l.sampledOn()),
                                                fmt.date(l.resultedOn()),
                                                l.result()))
                                        .toList());
            }
            pdf.heading(t("health.pdf.code", locale))
                    .code(decision == null ? "PRV-H-" + short8(a.id()) : "PRV-H-" + short8(decision.id()));
        }
    }

    @GetMapping("/health/persons/{id}/vaccinations.pdf")
    void vaccinations(@PathVariable UUID id, HttpServletResponse response, Locale locale) throws Exception {
        var record = records.of(new PersonId(id));
        var c = record.clinical();
        if (c == null) throw new AccessDeniedException("Vaccinations are clinical data");
        try (PdfDocument pdf =
                PdfDocument.download(response, "vaccinations-" + record.person().reference() + ".pdf", locale)) {
            pdf.title(t("health.pdf.vaccination.title", locale))
                    .fields(person(record.person(), locale))
                    .heading(t("health.vaccinations.title", locale))
                    .table(
                            List.of(
                                    t("health.vaccination.vaccine", locale),
                                    t("health.vaccination.lot", locale),
                                    t("health.vaccination.given-on", locale)),
                            c.vaccinations().stream()
                                    .map(v -> List.of(v.vaccine(), v.lot(), fmt.date(v.givenOn())))
                                    .toList());
            if (c.dueFor() != null) {
                pdf.heading(t("health.vaccination.due-for", locale, c.dueFor().label()))
                        .table(
                                List.of(t("health.vaccination.vaccine", locale), t("health.pdf.value", locale)),
                                c.due().stream()
                                        .map(d -> List.of(
                                                d.vaccine(),
                                                t(
                                                        "health.vaccination.due-line",
                                                        locale,
                                                        d.vaccine(),
                                                        d.given(),
                                                        d.required())))
                                        .toList());
            }
            pdf.code("PRV-V-" + short8(id) + "-" + LocalDate.now(clock));
        }
    }

    private List<Field> person(PersonSummary p, Locale locale) {
        return List.of(
                new Field(
                        t("health.pdf.person", locale),
                        p.name() + (p.name().equals(p.latinName()) ? "" : " / " + p.latinName())),
                new Field(t("health.pdf.reference", locale), p.reference()),
                new Field(t("health.pdf.birth", locale), text(p.birthDate())));
    }

    private String decision(@Nullable TravelDecision d, Locale locale) {
        if (d == null) return t("health.pdf.not-decided", locale);
        String s = t("health.fitness." + d.fitness(), locale);
        if (d.validUntil() != null) s += " · " + t("health.decision.valid-until", locale, fmt.dateTime(d.validUntil()));
        if (d.conditions() != null) s += " · " + d.conditions();
        return s;
    }

    private List<List<String>> findings(AssessmentForm f, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        row(rows, locale, "health.vital.temperature", f.temperatureC());
        row(rows, locale, "health.vital.pulse", f.pulse());
        row(rows, locale, "health.vital.systolic", f.systolic());
        row(rows, locale, "health.vital.diastolic", f.diastolic());
        row(rows, locale, "health.vital.respiratory-rate", f.respiratoryRate());
        row(rows, locale, "health.vital.oxygen", f.oxygenSaturation());
        row(rows, locale, "health.vital.weight", f.weightKg());
        row(rows, locale, "health.vital.height", f.heightCm());
        coded(rows, locale, "health.tb.xray", "health.xray", f.xrayResult());
        coded(rows, locale, "health.tb.smear", "health.smear", f.smearResult());
        coded(rows, locale, "health.tb.culture", "health.culture", f.cultureResult());
        coded(rows, locale, "health.tb.dst", "health.dst", f.dstResult());
        coded(rows, locale, "health.tb.class", "health.tbclass", f.tbClass());
        coded(rows, locale, "health.assessment.pregnancy", "health.pregnancy", f.pregnancy());
        coded(rows, locale, "health.assessment.mental-health", "health.mental", f.mentalHealth());
        row(rows, locale, "health.assessment.disabilities", f.disabilities());
        return rows;
    }

    private void row(List<List<String>> rows, Locale locale, String key, @Nullable Object value) {
        if (value != null) rows.add(List.of(t(key, locale), value.toString()));
    }

    private void coded(List<List<String>> rows, Locale locale, String key, String prefix, @Nullable Enum<?> value) {
        if (value != null) rows.add(List.of(t(key, locale), t(prefix + "." + value.name(), locale)));
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static String short8(UUID id) {
        String hex = id.toString().replace("-", "");
        return hex.substring(hex.length() - 8).toUpperCase(Locale.ROOT);
    }
}
