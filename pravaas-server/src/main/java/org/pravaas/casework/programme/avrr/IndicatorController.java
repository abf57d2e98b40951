package org.pravaas.casework.programme.avrr;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.programme.PanelForms;
import org.pravaas.casework.programme.ProgrammeLeads;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sustainability indicators page: everyone in casework reads it, the AVRR leads edit it. */
@Controller
class IndicatorController {
    private static final String PAGE = "/casework/programmes/avrr/indicators";
    private final IndicatorService indicators;
    private final ProgrammeLeads leads;
    private final PanelForms forms;

    IndicatorController(IndicatorService indicators, ProgrammeLeads leads, PanelForms forms) {
        this.indicators = indicators;
        this.leads = leads;
        this.forms = forms;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        model.addAttribute("indicators", indicators.all());
        model.addAttribute("revision", indicators.revision());
        model.addAttribute("lead", leads.leads(AvrrService.PROGRAMME));
        return "casework/programme/indicators";
    }

    @PostMapping(PAGE)
    String save(
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) Indicator.@Nullable Dimension dimension,
            @RequestParam(required = false) @Nullable BigDecimal weight,
            @RequestParam(required = false) @Nullable Integer scaleMax,
            @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes redirect) {
        return forms.attempt(
                PAGE,
                () -> indicators.save(code, dimension, weight, scaleMax, active),
                "avrr.indicator.saved",
                redirect);
    }
}
