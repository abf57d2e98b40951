package org.pravaas.casework.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.definition.DefinitionEdit;
import org.pravaas.casework.definition.DefinitionService;
import org.pravaas.casework.definition.Definitions;
import org.pravaas.casework.definition.FieldType;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.StaleUpdateException;
import org.pravaas.shared.web.Forms;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Programme definitions: each programme's newest version, its history, and the edits that make the next one. */
@Controller
class DefinitionController {
    private final Definitions definitions;
    private final DefinitionService service;

    DefinitionController(Definitions definitions, DefinitionService service) {
        this.definitions = definitions;
        this.service = service;
    }

    @GetMapping("/cases/definitions")
    String list(Model model) {
        model.addAttribute("programmes", definitions.programmes());
        return "casework/definitions";
    }

    @GetMapping("/cases/definitions/{programme}")
    String definition(
            @PathVariable String programme, @RequestParam(required = false) @Nullable Integer version, Model model) {
        var d = version == null ? definitions.current(programme) : definitions.get(programme, version);
        model.addAttribute("d", d);
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        model.addAttribute("versions", definitions.versions(programme));
        model.addAttribute("current", definitions.programme(programme).currentVersion());
        model.addAttribute(
                "mayEdit",
                service.mayEdit(programme)
                        && d.version() == definitions.programme(programme).currentVersion());
        model.addAttribute("types", FieldType.values());
        model.addAttribute("mayDesignate", service.mayDesignate());
        model.addAttribute("languages", java.util.List.of("en", "fr", "es", "ar", "hi", "ko"));
        return "casework/definition";
    }

    @PostMapping("/cases/definitions/{programme}")
    String edit(
            @PathVariable String programme,
            @RequestParam int version,
            @RequestParam DefinitionEdit.Kind kind,
            @RequestParam(required = false) @Nullable String stage,
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable FieldType type,
            @RequestParam(defaultValue = "false") boolean flag,
            @RequestParam(required = false) @Nullable String choices,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam Map<String, String> all,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> names = new HashMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith("name.")) names.put(k.substring(5), v);
        });
        try {
            service.edit(
                    programme, version, new DefinitionEdit(kind, stage, code, names, type, flag, choices, from, to));
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.violations());
            return definition(programme, null, model);
        } catch (StaleUpdateException e) {
            model.addAttribute("problems", java.util.List.of(new RuleViolation.Violation("", "form.stale")));
            return definition(programme, null, model);
        }
        Forms.flash(redirect, "casework.definition.saved");
        return "redirect:/cases/definitions/" + programme;
    }

    @PostMapping("/cases/definitions/{programme}/managers")
    String manager(@PathVariable String programme, @RequestParam String username, RedirectAttributes redirect) {
        service.designateManager(username, programme);
        Forms.flash(redirect, "casework.definition.manager-designated");
        return "redirect:/cases/definitions/" + programme;
    }
}
