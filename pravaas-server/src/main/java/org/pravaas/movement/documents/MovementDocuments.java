package org.pravaas.movement.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pravaas.movement.loan.Loan;
import org.pravaas.movement.loan.Statement;
import org.pravaas.movement.travel.Escorts;
import org.pravaas.movement.travel.Leg;
import org.pravaas.movement.travel.ManifestLine;
import org.pravaas.shared.pdf.PdfDocument;
import org.pravaas.shared.web.Csv;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the documents: a leg's manifest with the fields airlines and receiving missions expect
 * (name in Latin letters, sex, birth date, document and expiry, seat, special needs, movement
 * reference), the promissory note for signature and the loan statement.
 */
@Component
public class MovementDocuments {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final MessageSource messages;

    MovementDocuments(MessageSource messages) {
        this.messages = messages;
    }

    public void manifestPdf(
            Leg leg, List<ManifestLine> lines, List<Escorts.Escort> escorts, OutputStream out, Locale locale) {
        try (PdfDocument pdf = new PdfDocument(out, locale)) {
            pdf.title(m("movement.manifest.title", locale, leg.designator(), leg.origin(), leg.destination()))
                    .fields(legFields(leg, lines.size(), locale));
            if (!escorts.isEmpty()) {
                pdf.heading(m("movement.escorts", locale))
                        .table(
                                List.of(m("movement.escort.name", locale), m("movement.escort.kind", locale)),
                                escorts.stream()
                                        .map(e -> List.of(e.name(), m("movement.escort.kind." + e.kind(), locale)))
                                        .toList());
            }
            pdf.heading(m("movement.passengers", locale)).table(headers(locale), rows(lines, locale));
        }
    }

    public void manifestCsv(List<ManifestLine> lines, OutputStream out, Locale locale) throws IOException {
        try (Csv csv = new Csv(out)) {
            List<Object> head = new ArrayList<>(headers(locale));
            csv.row(head);
            for (List<String> r : rows(lines, locale)) csv.row(r);
        }
    }

    public void promissoryNote(
            Statement s, String borrower, String movementReference, OutputStream out, Locale locale) {
        Loan l = s.loan();
        try (PdfDocument pdf = new PdfDocument(out, locale)) {
            pdf.title(m("movement.note.title", locale))
                    .code(l.reference())
                    .paragraph(m(
                            "movement.note.text",
                            locale,
                            borrower,
                            s.principal().toString(),
                            l.instalments(),
                            l.firstDue().toString()))
                    .fields(List.of(
                            new PdfDocument.Field(m("movement.traveller", locale), borrower),
                            new PdfDocument.Field(m("movement.reference", locale), movementReference),
                            new PdfDocument.Field(
                                    m("movement.loan.principal", locale),
                                    s.principal().toString())))
                    .heading(m("movement.loan.schedule", locale))
                    .table(
                            List.of(
                                    m("movement.loan.instalment", locale),
                                    m("movement.loan.due", locale),
                                    m("movement.loan.amount", locale)),
                            s.schedule().stream()
                                    .map(i -> List.of(
                                            String.valueOf(i.number()),
                                            i.due().toString(),
                                            i.amount().toString()))
                                    .toList())
                    .paragraph(m("movement.note.signature", locale));
        }
    }

    public void statement(Statement s, String borrower, OutputStream out, Locale locale) {
        Loan l = s.loan();
        try (PdfDocument pdf = new PdfDocument(out, locale)) {
            pdf.title(m("movement.statement.title", locale))
                    .code(l.reference())
                    .fields(List.of(
                            new PdfDocument.Field(m("movement.traveller", locale), borrower),
                            new PdfDocument.Field(
                                    m("movement.loan.principal", locale),
                                    s.principal().toString()),
                            new PdfDocument.Field(
                                    m("movement.loan.balance", locale),
                                    s.balance().toString()),
                            new PdfDocument.Field(
                                    m("movement.loan.overdue", locale),
                                    s.overdue().toString()),
                            new PdfDocument.Field(
                                    m("movement.loan.days-overdue", locale), String.valueOf(s.daysOverdue()))))
                    .heading(m("movement.loan.entries", locale))
                    .table(
                            List.of(
                                    m("movement.loan.date", locale),
                                    m("movement.loan.kind", locale),
                                    m("movement.loan.amount", locale)),
                            s.entries().stream()
                                    .map(e -> List.of(
                                            e.bookedAt().toString().substring(0, 10),
                                            m("movement.loan.kind." + e.kind(), locale),
                                            new org.pravaas.movement.loan.Money(l.currency(), e.signed()).toString()))
                                    .toList());
        }
    }

    private List<PdfDocument.Field> legFields(Leg leg, int count, Locale locale) {
        return List.of(
                new PdfDocument.Field(m("movement.leg.mode", locale), m("movement.mode." + leg.mode(), locale)),
                new PdfDocument.Field(
                        m("movement.leg.departs", locale),
                        LOCAL.format(leg.departsLocal()) + " "
                                + leg.departsZone().getId()),
                new PdfDocument.Field(
                        m("movement.leg.arrives", locale),
                        LOCAL.format(leg.arrivesLocal()) + " "
                                + leg.arrivesZone().getId()),
                new PdfDocument.Field(m("movement.passengers", locale), String.valueOf(count)));
    }

    private List<String> headers(Locale locale) {
        List<String> out = new ArrayList<>();
        for (String k :
                List.of("no", "name", "sex", "birth", "document", "expires", "seat", "needs", "reference", "status")) {
            out.add(m("movement.manifest." + k, locale));
        }
        return out;
    }

    private List<List<String>> rows(List<ManifestLine> lines, Locale locale) {
        List<List<String>> out = new ArrayList<>();
        int n = 1;
        for (ManifestLine l : lines) {
            out.add(List.of(
                    String.valueOf(n++),
                    l.name(),
                    l.sex(),
                    s(l.birthDate()),
                    s(l.documentNumber()),
                    l.documentExpires() == null ? "" : l.documentExpires().toString(),
                    s(l.seat()),
                    needs(l.specialNeeds(), locale),
                    l.movementReference(),
                    m("movement.status." + l.status(), locale)));
        }
        return out;
    }

    private String needs(String codes, Locale locale) {
        List<String> out = new ArrayList<>();
        for (String c : codes.split(",")) if (!c.isBlank()) out.add(m("movement.need." + c, locale));
        return String.join(", ", out);
    }

    private static String s(@Nullable String v) {
        return v == null ? "" : v;
    }

    private String m(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
