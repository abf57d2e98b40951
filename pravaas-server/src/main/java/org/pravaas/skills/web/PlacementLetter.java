package org.pravaas.skills.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.pravaas.home.Formats;
import org.pravaas.organization.reference.ReferenceData;
import org.pravaas.registry.PersonSummary;
import org.pravaas.shared.pdf.PdfDocument;
import org.pravaas.shared.pdf.PdfDocument.Field;
import org.pravaas.skills.occupation.Occupations;
import org.pravaas.skills.opening.Opening;
import org.pravaas.skills.placement.Payment;
import org.pravaas.skills.placement.Placement;
import org.pravaas.skills.placement.PlacementService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A placement on paper, in the user's language: the offer with its contract, then payments and evaluation. */
@Controller
class PlacementLetter {
    private final PlacementService placements;
    private final PersonNames names;
    private final Occupations occupations;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final Formats dates;

    PlacementLetter(
            PlacementService placements,
            PersonNames names,
            Occupations occupations,
            ReferenceData reference,
            MessageSource messages,
            Formats dates) {
        this.placements = placements;
        this.names = names;
        this.occupations = occupations;
        this.reference = reference;
        this.messages = messages;
        this.dates = dates;
    }

    @GetMapping("/skills/placements/{id}/letter.pdf")
    void letter(@PathVariable UUID id, Locale locale, HttpServletResponse response) throws IOException {
        var view = placements.print(id);
        Placement pl = view.placement();
        Opening o = view.opening();
        PersonSummary person = names.of(List.of(pl.personId())).get(pl.personId());
        String name = person == null ? view.profile().headline() : person.name();
        try (PdfDocument pdf = PdfDocument.download(response, "placement-" + o.reference() + ".pdf", locale)) {
            pdf.title(text(locale, "skills.letter.title"))
                    .paragraph(text(
                            locale,
                            "skills.letter.intro",
                            name,
                            o.title(),
                            o.organisation(),
                            dates.date(pl.startsOn()),
                            dates.date(pl.endsOn())))
                    .fields(List.of(
                            new Field(
                                    text(locale, "skills.person"),
                                    person == null ? name : name + " · " + person.reference()),
                            new Field(text(locale, "skills.opening.reference"), o.reference()),
                            new Field(text(locale, "skills.opening.organisation"), o.organisation()),
                            new Field(text(locale, "skills.country"), reference.countryName(o.country(), locale)),
                            new Field(text(locale, "skills.occupation"), occupations.label(o.occupation(), locale)),
                            new Field(
                                    text(locale, "skills.placement.contract"),
                                    dates.date(pl.startsOn()) + " – " + dates.date(pl.endsOn())),
                            new Field(
                                    text(locale, "skills.opening.status"),
                                    text(locale, pl.status().messageKey())),
                            new Field(text(locale, "skills.opening.conditions"), o.conditions())))
                    .code(pl.id().toString())
                    .heading(text(locale, "skills.payments"))
                    .table(
                            List.of(
                                    text(locale, "skills.payment.kind"),
                                    text(locale, "skills.payment.period"),
                                    text(locale, "skills.payment.paid-on"),
                                    text(locale, "skills.payment.amount")),
                            payments(view.payments(), locale));
            if (pl.outcome() != null) {
                pdf.heading(text(locale, "skills.evaluation.title"))
                        .paragraph(text(locale, pl.outcome().messageKey()) + " · "
                                + text(locale, "skills.evaluation.rated", pl.rating()))
                        .paragraph(pl.evaluation() == null ? "" : pl.evaluation());
            }
        }
    }

    private List<List<String>> payments(List<Payment> payments, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        for (Payment p : payments) {
            rows.add(List.of(
                    text(locale, p.kind().messageKey()),
                    dates.date(p.periodFrom()) + " – " + dates.date(p.periodTo()),
                    dates.date(p.paidOn()),
                    p.amount().toPlainString() + " " + p.currency()));
        }
        return rows;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
