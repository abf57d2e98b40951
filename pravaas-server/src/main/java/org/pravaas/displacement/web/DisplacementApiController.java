package org.pravaas.displacement.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pravaas.displacement.figures.AreaFigure;
import org.pravaas.displacement.figures.FigureQuery;
import org.pravaas.displacement.figures.PublishedFigures;
import org.pravaas.organization.Access;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code /api/v1/displacement}: published figures at admin level 0, 1 and 2, wrapped and named
 * as the public displacement-tracking APIs that partners' dashboards already read.
 */
@RestController
@RequestMapping("/api/v1/displacement")
@Tag(name = "Displacement tracking", description = "Published displacement figures by admin area, round and date")
class DisplacementApiController {
    private final PublishedFigures figures;
    private final Access access;
    private final MessageSource messages;

    DisplacementApiController(PublishedFigures figures, Access access, MessageSource messages) {
        this.figures = figures;
        this.access = access;
        this.messages = messages;
    }

    /** The envelope partners' clients expect. */
    record Envelope(
            @JsonProperty("isSuccess") boolean isSuccess,
            String message,
            List<AreaFigure> result,
            List<String> errorMessages) {}

    @GetMapping("/admin0")
    @Operation(summary = "Published figures per country (small cells withheld as null)")
    Envelope admin0(
            @RequestParam(required = false) @Nullable String operation,
            @RequestParam(required = false) @Nullable String admin0Pcode,
            @RequestParam(required = false) @Nullable Integer roundNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate fromDate,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate toDate) {
        return answer(0, new FigureQuery(operation, admin0Pcode, null, roundNumber, fromDate, toDate));
    }

    @GetMapping("/admin1")
    @Operation(summary = "Published figures per admin-1 area (small cells withheld as null)")
    Envelope admin1(
            @RequestParam(required = false) @Nullable String operation,
            @RequestParam(required = false) @Nullable String admin0Pcode,
            @RequestParam(required = false) @Nullable String admin1Pcode,
            @RequestParam(required = false) @Nullable Integer roundNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate fromDate,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate toDate) {
        return answer(1, new FigureQuery(operation, admin0Pcode, admin1Pcode, roundNumber, fromDate, toDate));
    }

    @GetMapping("/admin2")
    @Operation(summary = "Published figures per admin-2 area (small cells withheld as null)")
    Envelope admin2(
            @RequestParam(required = false) @Nullable String operation,
            @RequestParam(required = false) @Nullable String admin0Pcode,
            @RequestParam(required = false) @Nullable String admin1Pcode,
            @RequestParam(required = false) @Nullable Integer roundNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate fromDate,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate toDate) {
        return answer(2, new FigureQuery(operation, admin0Pcode, admin1Pcode, roundNumber, fromDate, toDate));
    }

    /** A parameter of the wrong type (a round that is not a number, a date not YYYY-MM-DD), in the envelope. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Envelope> badParameter(MethodArgumentTypeMismatchException e, Locale locale) {
        String message = messages.getMessage(
                "displacement.api.bad-parameter", new Object[] {e.getName()}, "Bad parameter " + e.getName(), locale);
        return ResponseEntity.badRequest().body(new Envelope(false, message, List.of(), List.of(message)));
    }

    private Envelope answer(int level, FigureQuery query) {
        access.current();
        return new Envelope(true, "", figures.at(level, query), List.of());
    }
}
