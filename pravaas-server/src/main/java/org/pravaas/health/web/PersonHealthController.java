package org.pravaas.health.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.pravaas.health.access.ClinicalAccess;
import org.pravaas.health.assessment.AssessmentService;
import org.pravaas.health.clearance.HoldService;
import org.pravaas.health.profile.ProfileService;
import org.pravaas.health.record.HealthRecords;
import org.pravaas.health.tb.TreatmentService;
import org.pravaas.health.vaccination.VaccinationCommand;
import org.pravaas.health.vaccination.VaccinationService;
import org.pravaas.registry.PersonId;
import org.pravaas.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's health page: the travel status for everyone in scope; for health officers the
 * assessments, holds, vaccinations and treatment with their forms; for others with a duty of care
 * the form to break the glass.
 */
@Controller("healthPersonHealthController")
@RequestMapping("/health/persons/{id}")
class PersonHealthController {
    private final HealthRecords records;
    private final ClinicalAccess clinical;
    private final AssessmentService assessments;
    private final HoldService holds;
    private final VaccinationService vaccinations;
    private final TreatmentService treatments;
    private final ProfileService profiles;
    private final Clock clock;

    PersonHealthController(
            HealthRecords records,
            ClinicalAccess clinical,
            AssessmentService assessments,
            HoldService holds,
            VaccinationService vaccinations,
            TreatmentService treatments,
            ProfileService profiles,
            Clock clock) {
        this.records = records;
        this.clinical = clinical;
        this.assessments = assessments;
        this.holds = holds;
        this.vaccinations = vaccinations;
        this.treatments = treatments;
        this.profiles = profiles;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable UUID id, Model model) {
        var record = records.of(new PersonId(id));
        model.addAttribute("r", record);
        model.addAttribute("profiles", profiles.current());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        if (!model.containsAttribute("schedule")) {
            model.addAttribute("schedule", new PersonForms.Schedule(null, today, null));
        }
        if (!model.containsAttribute("hold")) model.addAttribute("hold", new PersonForms.PlaceHold(null));
        if (!model.containsAttribute("glass")) model.addAttribute("glass", new PersonForms.Glass(null));
        if (!model.containsAttribute("dose")) model.addAttribute("dose", VaccinationCommand.blank(today));
        if (!model.containsAttribute("treatment")) {
            model.addAttribute("treatment", new PersonForms.StartTreatment(null, today));
        }
        return "health/person";
    }

    @PostMapping("/glass")
    String breakGlass(
            @PathVariable UUID id,
            @Valid @ModelAttribute("glass") PersonForms.Glass glass,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var person = records.person(new PersonId(id));
        return done(
                Forms.attempt(result, () -> clinical.breakGlass(id, person.officeId(), glass.reason())),
                id,
                "health.glass.opened",
                model,
                redirect);
    }

    @PostMapping("/assessments")
    String schedule(
            @PathVariable UUID id,
            @Valid @ModelAttribute("schedule") PersonForms.Schedule schedule,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var saved = Forms.attempt(
                result,
                () -> assessments.schedule(
                        new PersonId(id), schedule.profileId(), schedule.scheduledOn(), schedule.clinic()));
        if (saved.isPresent()) {
            Forms.flash(redirect, "health.assessment.scheduled");
            return "redirect:/health/assessments/" + saved.get();
        }
        return page(id, model);
    }

    @PostMapping("/holds")
    String placeHold(
            @PathVariable UUID id,
            @Valid @ModelAttribute("hold") PersonForms.PlaceHold hold,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return done(
                Forms.attempt(result, () -> holds.place(new PersonId(id), hold.reason())),
                id,
                "health.hold.placed",
                model,
                redirect);
    }

    @PostMapping("/holds/{hold}/lift")
    String liftHold(
            @PathVariable UUID id,
            @PathVariable UUID hold,
            @RequestParam(required = false) @org.jspecify.annotations.Nullable String liftReason,
            Model model,
            RedirectAttributes redirect) {
        try {
            holds.lift(hold, liftReason);
        } catch (org.pravaas.shared.RuleViolation e) {
            model.addAttribute("liftError", e.violations().get(0).messageKey());
            return page(id, model);
        }
        Forms.flash(redirect, "health.hold.lifted");
        return "redirect:/health/persons/" + id;
    }

    @PostMapping("/vaccinations")
    String recordDose(
            @PathVariable UUID id,
            @Valid @ModelAttribute("dose") VaccinationCommand dose,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return done(
                Forms.attempt(result, () -> vaccinations.record(new PersonId(id), dose)),
                id,
                "health.vaccination.recorded",
                model,
                redirect);
    }

    @PostMapping("/treatments")
    String startTreatment(
            @PathVariable UUID id,
            @Valid @ModelAttribute("treatment") PersonForms.StartTreatment treatment,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var saved = Forms.attempt(
                result, () -> treatments.start(new PersonId(id), treatment.regimen(), treatment.startedOn()));
        if (saved.isPresent()) {
            Forms.flash(redirect, "health.tb.started");
            return "redirect:/health/treatments/" + saved.get();
        }
        return page(id, model);
    }

    private String done(java.util.Optional<?> saved, UUID id, String flash, Model model, RedirectAttributes redirect) {
        if (saved.isPresent()) {
            Forms.flash(redirect, flash);
            return "redirect:/health/persons/" + id;
        }
        return page(id, model);
    }
}
