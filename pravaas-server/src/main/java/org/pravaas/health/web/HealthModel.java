package org.pravaas.health.web;

import org.pravaas.health.access.ClinicalAccess;
import org.pravaas.health.access.GlassReport;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every health page's tabs need: whether the user records clinical data, leads an office, administers. */
@ControllerAdvice(
        assignableTypes = {
            WorklistController.class,
            PersonHealthController.class,
            AssessmentController.class,
            TreatmentController.class,
            ProfileController.class,
            GlassController.class,
            HealthNavigation.class
        })
class HealthModel {
    private final ClinicalAccess clinical;
    private final GlassReport report;

    HealthModel(ClinicalAccess clinical, GlassReport report) {
        this.clinical = clinical;
        this.report = report;
    }

    @ModelAttribute("healthWriter")
    boolean healthWriter() {
        return clinical.mayWrite();
    }

    @ModelAttribute("healthLead")
    boolean healthLead() {
        return report.isLead();
    }

    @ModelAttribute("healthAdmin")
    boolean healthAdmin() {
        return clinical.isAdministrator();
    }
}
