package org.pravaas.skills.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pravaas.organization.reference.ReferenceData;
import org.pravaas.shared.web.Csv;
import org.pravaas.skills.figures.FigureRow;
import org.pravaas.skills.figures.SkillsFigures;
import org.pravaas.skills.occupation.Occupations;
import org.pravaas.skills.opening.OpeningKind;
import org.pravaas.skills.profile.ProfileService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The skills overview: figures per country and occupation, and where to go next. */
@Controller
class SkillsController {
    private final SkillsFigures figures;
    private final ProfileService profiles;
    private final Occupations occupations;
    private final ReferenceData reference;

    SkillsController(SkillsFigures figures, ProfileService profiles, Occupations occupations, ReferenceData reference) {
        this.figures = figures;
        this.profiles = profiles;
        this.occupations = occupations;
        this.reference = reference;
    }

    @GetMapping("/skills")
    String overview(
            @RequestParam(defaultValue = "1") int digits,
            @RequestParam(required = false) @Nullable OpeningKind kind,
            Model model) {
        List<FigureRow> rows = figures.byCountryAndOccupation(digits, kind);
        model.addAttribute("rows", rows);
        model.addAttribute("total", SkillsFigures.total(rows));
        model.addAttribute("digits", Math.max(1, Math.min(4, digits)));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", OpeningKind.values());
        model.addAttribute("mayWrite", profiles.mayWrite());
        return "skills/overview";
    }

    @GetMapping("/skills/figures.csv")
    void export(
            @RequestParam(defaultValue = "1") int digits,
            @RequestParam(required = false) @Nullable OpeningKind kind,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        List<FigureRow> rows = figures.byCountryAndOccupation(digits, kind);
        try (Csv csv = Csv.download(response, "skills-figures.csv")) {
            csv.row(List.of(
                    "country_code",
                    "country",
                    "isco08",
                    "occupation",
                    "placed",
                    "person_months",
                    "objectives_met",
                    "partly_met",
                    "not_met",
                    "stayed"));
            for (FigureRow r : rows) {
                csv.row(List.of(
                        r.country(),
                        reference.countryName(r.country(), locale),
                        r.occupation(),
                        occupations.title(r.occupation(), locale),
                        r.placed(),
                        r.personMonthsText(),
                        r.objectivesMet(),
                        r.partlyMet(),
                        r.notMet(),
                        r.stayed()));
            }
        }
    }

    @GetMapping("/skills/occupations")
    String occupations(@RequestParam(required = false) @Nullable String q, Locale locale, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("found", occupations.search(q, locale, 100));
        return "skills/occupations";
    }
}
