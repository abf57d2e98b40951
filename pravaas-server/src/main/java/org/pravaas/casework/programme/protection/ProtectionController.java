package org.pravaas.casework.programme.protection;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.programme.PanelForms;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The protection panel's forms. */
@Controller
class ProtectionController {
    private final ProtectionService protection;
    private final PanelForms forms;

    ProtectionController(ProtectionService protection, PanelForms forms) {
        this.protection = protection;
        this.forms = forms;
    }

    @PostMapping("/cases/{id}/protection/identification")
    String identify(@PathVariable UUID id, @ModelAttribute IdentificationForm form, RedirectAttributes redirect) {
        CaseId c = new CaseId(id);
        return forms.attempt(c, () -> protection.identify(c, form), "protection.identification.saved", redirect);
    }

    @PostMapping("/cases/{id}/protection/risks")
    String assess(@PathVariable UUID id, @ModelAttribute RiskForm form, RedirectAttributes redirect) {
        CaseId c = new CaseId(id);
        return forms.attempt(c, () -> protection.assess(c, form), "protection.risk.saved", redirect);
    }

    @PostMapping("/cases/{id}/protection/services")
    String refer(
            @PathVariable UUID id,
            @RequestParam(required = false) ServiceReferral.@Nullable Service service,
            @RequestParam(required = false) @Nullable String provider,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate referredOn,
            RedirectAttributes redirect) {
        CaseId c = new CaseId(id);
        return forms.attempt(
                c, () -> protection.refer(c, service, provider, referredOn), "protection.service.saved", redirect);
    }

    @PostMapping("/cases/{id}/protection/services/{service}")
    String update(
            @PathVariable UUID id,
            @PathVariable UUID service,
            @RequestParam ServiceReferral.Status status,
            @RequestParam long version,
            RedirectAttributes redirect) {
        CaseId c = new CaseId(id);
        return forms.attempt(
                c, () -> protection.updateService(c, service, status, version), "protection.service.saved", redirect);
    }
}
