package org.pravaas.voting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pravaas.shared.pdf.PdfDocument;
import org.pravaas.voting.election.ElectionService;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.register.Receipts;
import org.pravaas.voting.register.Voter;
import org.pravaas.voting.register.VoterService;
import org.pravaas.voting.register.VoterView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printed papers of registration, in the reader's language: a voter's numbered receipt with
 * its check digits, and a station's voter list for the polling day. Reading them is audited as
 * a read of the voter and an export of the list.
 */
@Controller
class VoterPdfs {
    private final VoterService voters;
    private final ElectionService elections;
    private final MessageSource messages;
    private final VotingFormats formats;

    VoterPdfs(VoterService voters, ElectionService elections, MessageSource messages, VotingFormats formats) {
        this.voters = voters;
        this.elections = elections;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/voting/voters/{id}/receipt.pdf")
    void receipt(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        VoterView v = voters.view(id);
        Locale locale = LocaleContextHolder.getLocale();
        Voter voter = v.voter();
        try (PdfDocument pdf = PdfDocument.download(response, v.receipt() + ".pdf", locale)) {
            pdf.title(text("voting.pdf.receipt.title"))
                    .paragraph(v.election().name() + " · " + v.election().code())
                    .code(v.receipt())
                    .fields(List.of(
                            new PdfDocument.Field(text("voting.voter.name"), voter.fullName()),
                            new PdfDocument.Field(text("voting.voter.latin"), voter.latinName()),
                            new PdfDocument.Field(
                                    text("voting.voter.birth-date"),
                                    voter.birthDate().toString()),
                            new PdfDocument.Field(
                                    text("voting.voter.sex"), text(voter.sex().messageKey())),
                            new PdfDocument.Field(
                                    text("voting.station"),
                                    v.station().code() + " · " + v.station().name()),
                            new PdfDocument.Field(text("voting.voter.documents"), documents(v)),
                            new PdfDocument.Field(
                                    text("voting.voter.status"),
                                    text(voter.status().messageKey())),
                            new PdfDocument.Field(
                                    text("voting.voter.registered"),
                                    voter.registeredAt().toString().substring(0, 10) + " · " + voter.registeredBy())))
                    .paragraph(text(voter.listed() ? "voting.pdf.receipt.note" : "voting.pdf.receipt.held-note"));
        }
    }

    @GetMapping("/voting/stations/{id}/voters.pdf")
    void list(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        Station station = elections.station(id);
        var election = elections.get(station.electionId());
        List<Voter> list = voters.stationList(station);
        List<List<String>> rows = new ArrayList<>();
        for (Voter v : list) {
            rows.add(List.of(
                    Receipts.format(election.code(), v.receiptNumber()),
                    v.fullName(),
                    v.latinName(),
                    v.birthDate().toString(),
                    v.sex().name()));
        }
        Locale locale = LocaleContextHolder.getLocale();
        String file = election.code() + "-" + station.code() + "-voters.pdf";
        try (PdfDocument pdf = PdfDocument.download(response, file, locale)) {
            pdf.title(text("voting.pdf.list.title", station.code(), station.name()))
                    .paragraph(election.name() + " · " + election.code() + " · "
                            + formats.country(station.hostCountry()) + " · " + station.city())
                    .paragraph(text("voting.pdf.list.count", list.size()))
                    .table(
                            List.of(
                                    text("voting.receipt"),
                                    text("voting.voter.name"),
                                    text("voting.voter.latin"),
                                    text("voting.voter.birth-date"),
                                    text("voting.voter.sex")),
                            rows);
        }
    }

    private String documents(VoterView v) {
        return v.documents().stream()
                .map(d -> text(d.kind().messageKey()) + " " + d.number())
                .collect(Collectors.joining(", "));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
