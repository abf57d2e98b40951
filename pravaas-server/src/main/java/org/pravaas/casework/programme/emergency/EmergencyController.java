package org.pravaas.casework.programme.emergency;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.programme.PanelForms;
import org.pravaas.casework.programme.ProgrammeLeads;
import org.pravaas.organization.OfficeId;
import org.pravaas.shared.web.TableFile;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The emergency page (sites, stock, the report and its exports, items) and the panel's distribution form. */
@Controller
class EmergencyController {
    private static final String PAGE = "/casework/programmes/emergency";
    private final EmergencyService emergency;
    private final ItemService items;
    private final ProgrammeLeads leads;
    private final PanelForms forms;
    private final MessageSource messages;

    EmergencyController(
            EmergencyService emergency,
            ItemService items,
            ProgrammeLeads leads,
            PanelForms forms,
            MessageSource messages) {
        this.emergency = emergency;
        this.items = items;
        this.leads = leads;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String page(@RequestParam(required = false) @Nullable UUID site, Model model) {
        model.addAttribute("sites", emergency.sites());
        model.addAttribute("items", emergency.items());
        model.addAttribute("report", emergency.report(site));
        model.addAttribute("site", site);
        model.addAttribute("lead", leads.leads(EmergencyService.PROGRAMME));
        return "casework/programme/emergency-stock";
    }

    @PostMapping(PAGE + "/sites")
    String addSite(
            @RequestParam(required = false) @Nullable UUID office,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String location,
            @RequestParam(required = false) @Nullable String adminArea,
            RedirectAttributes redirect) {
        OfficeId o = office == null ? null : new OfficeId(office);
        return forms.attempt(
                PAGE, () -> emergency.addSite(o, name, location, adminArea), "emergency.site.saved", redirect);
    }

    @PostMapping(PAGE + "/stock")
    String issue(
            @RequestParam(required = false) @Nullable UUID site,
            @RequestParam(required = false) @Nullable String item,
            @RequestParam(required = false) @Nullable Integer quantity,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate issuedOn,
            @RequestParam(required = false) @Nullable String reference,
            RedirectAttributes redirect) {
        return forms.attempt(
                PAGE,
                () -> emergency.issue(site, item, quantity, issuedOn, reference),
                "emergency.stock.saved",
                redirect);
    }

    @PostMapping(PAGE + "/items")
    String saveItem(
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes redirect) {
        return forms.attempt(PAGE, () -> items.save(code, name, unit, active), "emergency.item.saved", redirect);
    }

    @GetMapping(PAGE + "/report.{format:csv|xlsx}")
    void export(
            @PathVariable String format,
            @RequestParam(required = false) @Nullable UUID site,
            HttpServletResponse response)
            throws IOException {
        List<StockLine> lines = emergency.report(site);
        try (TableFile out = TableFile.download(response, "emergency-stock", format)) {
            out.row(header());
            for (StockLine l : lines) out.row(cells(l));
        }
    }

    @PostMapping("/cases/{id}/emergency/distributions")
    String distribute(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID person,
            @RequestParam(required = false) @Nullable UUID site,
            @RequestParam(required = false) @Nullable String item,
            @RequestParam(required = false) @Nullable Integer quantity,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate distributedOn,
            RedirectAttributes redirect) {
        CaseId c = new CaseId(id);
        return forms.attempt(
                c,
                () -> emergency.distributeTo(c, person, site, item, quantity, distributedOn),
                "emergency.distributed",
                redirect);
    }

    private List<String> header() {
        return List.of("site", "item", "unit", "issued", "distributed", "remaining").stream()
                .map(k -> messages.getMessage("emergency.report." + k, null, LocaleContextHolder.getLocale()))
                .toList();
    }

    private List<Object> cells(StockLine l) {
        String item = messages.getMessage(
                "emergency.item." + l.itemCode(), null, l.itemCode(), LocaleContextHolder.getLocale());
        String unit =
                messages.getMessage("emergency.unit." + l.unit(), null, l.unit(), LocaleContextHolder.getLocale());
        return List.of(l.siteName(), item, unit, l.issued(), l.distributed(), l.remaining());
    }
}
