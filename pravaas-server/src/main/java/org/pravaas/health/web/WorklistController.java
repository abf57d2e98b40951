package org.pravaas.health.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pravaas.health.access.ClinicalAccess;
import org.pravaas.health.assessment.AssessmentStatus;
import org.pravaas.health.assessment.Worklist;
import org.pravaas.registry.PersonSummary;
import org.pravaas.registry.person.PersonDirectory;
import org.pravaas.registry.person.PersonQuery;
import org.pravaas.shared.web.Htmx;
import org.pravaas.shared.web.ListState;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The health start page: a person search for everyone with a health role (to open a record or its
 * status), and for health officers the clinic's worklist of a day.
 */
@Controller("healthWorklistController")
class WorklistController {
    private final Worklist worklist;
    private final PersonDirectory directory;
    private final ClinicalAccess clinical;
    private final Clock clock;

    WorklistController(Worklist worklist, PersonDirectory directory, ClinicalAccess clinical, Clock clock) {
        this.worklist = worklist;
        this.directory = directory;
        this.clinical = clinical;
        this.clock = clock;
    }

    @GetMapping("/health")
    String home(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            @RequestParam(required = false) @Nullable AssessmentStatus status,
            @RequestParam(required = false) @Nullable String find,
            HttpServletRequest request,
            Model model) {
        LocalDate shown = day == null ? LocalDate.now(clock) : day;
        model.addAttribute("day", shown);
        model.addAttribute("status", status);
        model.addAttribute("statuses", AssessmentStatus.values());
        model.addAttribute("find", find == null ? "" : find);
        model.addAttribute("found", search(find));
        if (clinical.mayWrite()) {
            ListState list = ListState.of(request);
            model.addAttribute("list", list);
            model.addAttribute("page", worklist.of(shown, status, list.request()));
        }
        return Htmx.view(request, "health/worklist", "results");
    }

    private List<PersonSummary> search(@Nullable String find) {
        if (find == null || find.isBlank()) return List.of();
        return directory.search(new PersonQuery(find, null, null)).stream()
                .limit(20)
                .map(h -> h.person().summary())
                .toList();
    }

    /** The day's worklist as CSV: who comes, to which clinic, in which state (no finding). */
    @GetMapping("/health/worklist.csv")
    void csv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            @RequestParam(required = false) @Nullable AssessmentStatus status,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        LocalDate shown = day == null ? LocalDate.now(clock) : day;
        var entries = worklist.export(shown, status);
        try (var csv = org.pravaas.shared.web.Csv.download(response, "worklist-" + shown + ".csv")) {
            csv.row(List.of(
                    "day",
                    "clinic",
                    "reference",
                    "name",
                    "latin_name",
                    "date_of_birth",
                    "status",
                    "physician",
                    "assessment_id"));
            for (var e : entries) {
                var p = e.person();
                csv.row(java.util.Arrays.asList(
                        e.line().scheduledOn(),
                        e.line().clinic(),
                        p == null ? null : p.reference(),
                        p == null ? null : p.name(),
                        p == null ? null : p.latinName(),
                        p == null ? null : p.birthDate(),
                        e.line().status().name(),
                        e.line().physician(),
                        e.line().id()));
            }
        }
    }
}
