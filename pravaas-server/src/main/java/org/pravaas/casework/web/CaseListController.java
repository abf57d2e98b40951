package org.pravaas.casework.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.definition.Definitions;
import org.pravaas.casework.file.CaseFile;
import org.pravaas.casework.file.CaseSearch;
import org.pravaas.organization.OfficeDirectory;
import org.pravaas.shared.web.Htmx;
import org.pravaas.shared.web.ListState;
import org.pravaas.shared.web.TableFile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The caseload: cases of the user's offices, filtered, sorted, paged; exported as CSV or XLSX. */
@Controller
class CaseListController {
    private final CaseSearch search;
    private final Definitions definitions;
    private final OfficeDirectory offices;

    CaseListController(CaseSearch search, Definitions definitions, OfficeDirectory offices) {
        this.search = search;
        this.definitions = definitions;
        this.offices = offices;
    }

    @GetMapping("/cases")
    String list(
            HttpServletRequest request,
            @RequestParam(required = false) @Nullable String programme,
            @RequestParam(required = false) @Nullable String stage,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String office,
            @RequestParam(defaultValue = "false") boolean mine,
            Model model) {
        ListState list = ListState.of(request);
        CaseSearch.Filter filter = filter(programme, stage, status, office, mine);
        model.addAttribute("list", list);
        model.addAttribute("page", search.search(filter, list.request()));
        model.addAttribute("filter", filter);
        model.addAttribute("officeCode", office == null ? "" : office);
        model.addAttribute("programmes", definitions.programmes());
        model.addAttribute("definitions", definitions);
        model.addAttribute("offices", offices);
        return Htmx.view(request, "casework/list", "results");
    }

    @GetMapping("/cases.{format:csv|xlsx}")
    void export(
            HttpServletRequest request,
            HttpServletResponse response,
            @PathVariable String format,
            @RequestParam(required = false) @Nullable String programme,
            @RequestParam(required = false) @Nullable String stage,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String office,
            @RequestParam(defaultValue = "false") boolean mine)
            throws IOException {
        try (TableFile out = TableFile.download(response, "cases", format)) {
            out.row(HEADER);
            search.each(
                    filter(programme, stage, status, office, mine),
                    ListState.of(request).request(),
                    c -> {
                        try {
                            out.row(row(c));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
    }

    private static final List<String> HEADER = List.of(
            "reference",
            "programme",
            "definition_version",
            "office",
            "stage",
            "stage_entered",
            "status",
            "caseworker",
            "opened",
            "closed");

    private List<Object> row(CaseFile c) {
        var s = c.summary();
        return java.util.Arrays.asList(
                s.reference(),
                s.programme(),
                s.definitionVersion(),
                offices.code(s.officeId()),
                s.stage(),
                c.stageEnteredAt().atZone(ZoneOffset.UTC).toLocalDateTime(),
                s.open() ? "OPEN" : "CLOSED",
                s.caseworker(),
                c.openedAt().atZone(ZoneOffset.UTC).toLocalDateTime(),
                c.closedAt() == null
                        ? null
                        : c.closedAt().atZone(ZoneOffset.UTC).toLocalDateTime());
    }

    private CaseSearch.Filter filter(
            @Nullable String programme,
            @Nullable String stage,
            @Nullable String status,
            @Nullable String office,
            boolean mine) {
        UUID officeId = office == null || office.isBlank()
                ? null
                : offices.byCode(office).map(o -> o.value()).orElse(new UUID(0, 0));
        return new CaseSearch.Filter(programme, stage, status, officeId, mine);
    }
}
