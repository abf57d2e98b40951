package org.pravaas.displacement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.displacement.figures.AreaFigure;
import org.pravaas.displacement.figures.FigureQuery;
import org.pravaas.displacement.figures.PublishedFigures;
import org.pravaas.displacement.operation.Operation;
import org.pravaas.displacement.operation.OperationService;
import org.pravaas.shared.web.Csv;
import org.pravaas.shared.web.Xlsx;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Published figures as CSV or XLSX for humanitarian data portals: a header row for people and a second
 * row of HXL hashtags for machines. Withheld small cells are empty.
 */
@Controller
class ExportController {
    static final List<String> HEADER = List.of(
            "operation",
            "admin0_name",
            "admin0_pcode",
            "admin1_name",
            "admin1_pcode",
            "admin2_name",
            "admin2_pcode",
            "round",
            "reporting_date",
            "assessment_type",
            "displacement_reason",
            "idp_origin_admin1",
            "idps_individuals",
            "females",
            "males");
    static final List<String> HXL = List.of(
            "#event+name",
            "#country+name",
            "#country+code",
            "#adm1+name",
            "#adm1+code",
            "#adm2+name",
            "#adm2+code",
            "#meta+round",
            "#date+reported",
            "#meta+assessment+type",
            "#cause+type",
            "#adm1+name+origin",
            "#affected+idps+ind",
            "#affected+f",
            "#affected+m");
    private final OperationService operations;
    private final PublishedFigures figures;

    ExportController(OperationService operations, PublishedFigures figures) {
        this.operations = operations;
        this.figures = figures;
    }

    @GetMapping("/displacement/operations/{id}/export.csv")
    void csv(@PathVariable UUID id, @RequestParam(defaultValue = "2") int level, HttpServletResponse response)
            throws IOException {
        Operation op = operations.get(id);
        int at = Math.max(0, Math.min(2, level));
        try (Csv csv = Csv.download(response, fileName(op, at) + ".csv")) {
            csv.row(HEADER);
            csv.row(HXL);
            for (AreaFigure f : rows(op, at)) {
                csv.row(cells(f));
            }
        }
    }

    @GetMapping("/displacement/operations/{id}/export.xlsx")
    void xlsx(@PathVariable UUID id, @RequestParam(defaultValue = "2") int level, HttpServletResponse response)
            throws IOException {
        Operation op = operations.get(id);
        int at = Math.max(0, Math.min(2, level));
        try (Xlsx xlsx = Xlsx.download(response, fileName(op, at) + ".xlsx")) {
            xlsx.row(HEADER);
            xlsx.row(HXL);
            for (AreaFigure f : rows(op, at)) {
                xlsx.row(cells(f));
            }
        }
    }

    private List<AreaFigure> rows(Operation op, int level) {
        return figures.at(level, new FigureQuery(op.code(), null, null, null, null, null));
    }

    private static String fileName(Operation op, int level) {
        return op.code().toLowerCase(java.util.Locale.ROOT) + "-admin" + level;
    }

    private static List<@Nullable Object> cells(AreaFigure f) {
        return Arrays.asList(
                f.operation(),
                f.admin0Name(),
                f.admin0Pcode(),
                f.admin1Name(),
                f.admin1Pcode(),
                f.admin2Name(),
                f.admin2Pcode(),
                f.roundNumber(),
                f.reportingDate(),
                f.assessmentType(),
                f.displacementReason(),
                f.idpOriginAdmin1Name(),
                f.numPresentIdpInd(),
                f.numberFemales(),
                f.numberMales());
    }
}
