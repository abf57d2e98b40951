package org.pravaas.movement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.pravaas.movement.documents.MovementDocuments;
import org.pravaas.movement.loan.LoanService;
import org.pravaas.movement.travel.FlightService;
import org.pravaas.movement.travel.LegService;
import org.pravaas.movement.travel.RequestService;
import org.pravaas.shared.pdf.PdfDocument;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads: a leg's manifest as PDF and CSV, a loan's promissory note and statement as PDF. */
@Controller
class DocumentController {
    private final LegService legs;
    private final FlightService flights;
    private final LoanService loans;
    private final RequestService requests;
    private final MovementDocuments documents;
    private final Travellers travellers;

    DocumentController(
            LegService legs,
            FlightService flights,
            LoanService loans,
            RequestService requests,
            MovementDocuments documents,
            Travellers travellers) {
        this.legs = legs;
        this.flights = flights;
        this.loans = loans;
        this.requests = requests;
        this.documents = documents;
        this.travellers = travellers;
    }

    @GetMapping("/movements/legs/{id}/manifest.pdf")
    void manifestPdf(@PathVariable UUID id, HttpServletResponse response, Locale locale) throws IOException {
        var leg = legs.leg(id);
        var lines = flights.manifest(id, "exported");
        response.setContentType(PdfDocument.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"manifest.pdf\"");
        documents.manifestPdf(leg, lines, flights.escorts(id), response.getOutputStream(), locale);
    }

    @GetMapping("/movements/legs/{id}/manifest.csv")
    void manifestCsv(@PathVariable UUID id, HttpServletResponse response, Locale locale) throws IOException {
        var lines = flights.manifest(id, "exported");
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"manifest.csv\"");
        documents.manifestCsv(lines, response.getOutputStream(), locale);
    }

    @GetMapping("/movements/loans/{id}/note.pdf")
    void note(@PathVariable UUID id, HttpServletResponse response, Locale locale) throws IOException {
        var s = loans.statement(id);
        String ref = requests.request(s.loan().requestId()).reference();
        response.setContentType(PdfDocument.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"promissory-note.pdf\"");
        documents.promissoryNote(s, travellers.nameOf(s.loan().personId()), ref, response.getOutputStream(), locale);
    }

    @GetMapping("/movements/loans/{id}/statement.pdf")
    void statement(@PathVariable UUID id, HttpServletResponse response, Locale locale) throws IOException {
        var s = loans.statement(id);
        response.setContentType(PdfDocument.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"loan-statement.pdf\"");
        documents.statement(s, travellers.nameOf(s.loan().personId()), response.getOutputStream(), locale);
    }
}
