package org.pravaas.displacement.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.pravaas.displacement.DisplacementImports;
import org.pravaas.displacement.ImportKind;
import org.pravaas.displacement.ImportReport;
import org.pravaas.displacement.operation.Operation;
import org.pravaas.displacement.operation.OperationService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Uploading an enumerators' CSV file, with a dry run and a row-by-row report. */
@Controller
@RequestMapping("/displacement/operations/{id}/import")
class ImportController {
    private static final String ASSESSMENT_COLUMNS = "submission_id, round, kind, site_code, area_pcode, assessed_on,"
            + " households, individuals, idps, returnees, refugees, host, female_children, male_children,"
            + " female_adults, male_adults, female_elderly, male_elderly, origin_pcode, reason, displaced_on, shelter,"
            + " needs, comment";
    private static final String FLOW_COLUMNS = "point, date, direction (IN/OUT), nationality, transport"
            + " (FOOT/BUS/CAR/TRUCK/BOAT/OTHER), destination_pcode, female_children, male_children, female_adults,"
            + " male_adults, female_elderly, male_elderly, total";
    private static final String SURVEY_COLUMNS = "submission_id, point, surveyed_on, direction, sex (F/M/X), age_group"
            + " (0-17/18-59/60+), nationality, origin_pcode, destination_pcode, reason"
            + " (CONFLICT/DISASTER/ECONOMIC/FAMILY/OTHER), transport";
    private final OperationService operations;
    private final DisplacementImports imports;
    private final MessageSource messages;

    ImportController(OperationService operations, DisplacementImports imports, MessageSource messages) {
        this.operations = operations;
        this.imports = imports;
        this.messages = messages;
    }

    /** A problem as the report table shows it, in the reader's language. */
    record ProblemLine(int row, String field, String reason) {}

    @GetMapping
    String page(@PathVariable UUID id, Model model) {
        Operation op = operations.get(id);
        operations.requireEnter(op);
        model.addAttribute("op", op);
        model.addAttribute(
                "kinds", new ImportKind[] {ImportKind.ASSESSMENTS, ImportKind.FLOWS, ImportKind.FLOW_SURVEYS});
        model.addAttribute("assessmentColumns", ASSESSMENT_COLUMNS);
        model.addAttribute("flowColumns", FLOW_COLUMNS);
        model.addAttribute("surveyColumns", SURVEY_COLUMNS);
        return "displacement/import";
    }

    @PostMapping
    String upload(
            @PathVariable UUID id,
            @RequestParam ImportKind kind,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam MultipartFile file,
            Model model)
            throws Exception {
        Operation op = operations.get(id);
        Path upload = Files.createTempFile("pravaas-displacement-", ".upload");
        ImportReport report;
        try {
            file.transferTo(upload);
            String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
            report = imports.importUpload(op.code(), kind, upload, name, dryRun);
        } finally {
            Files.deleteIfExists(upload);
        }
        model.addAttribute("report", report);
        model.addAttribute(
                "problems",
                report.problems().stream()
                        .limit(1000)
                        .map(p -> new ProblemLine(
                                p.row(),
                                p.field(),
                                messages.getMessage(
                                        p.messageKey(), p.args(), p.messageKey(), LocaleContextHolder.getLocale())))
                        .toList());
        model.addAttribute("fileName", file.getOriginalFilename());
        return page(id, model);
    }
}
