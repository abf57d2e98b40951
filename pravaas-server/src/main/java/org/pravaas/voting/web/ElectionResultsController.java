package org.pravaas.voting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.pravaas.shared.web.Csv;
import org.pravaas.shared.web.Xlsx;
import org.pravaas.voting.count.ElectionResults;
import org.pravaas.voting.count.ElectionResultsService;
import org.pravaas.voting.count.Tally;
import org.pravaas.voting.election.ElectionService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Results by station, host country and overall, on screen and as CSV or XLSX. */
@Controller
class ElectionResultsController {
    private final ElectionService elections;
    private final ElectionResultsService results;

    ElectionResultsController(ElectionService elections, ElectionResultsService results) {
        this.elections = elections;
        this.results = results;
    }

    @GetMapping("/voting/elections/{id}/results")
    String page(@PathVariable UUID id, Model model) {
        var e = elections.get(id);
        model.addAttribute("e", e);
        model.addAttribute("r", results.of(e));
        return "voting/results";
    }

    @GetMapping("/voting/elections/{id}/results.csv")
    void csv(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        ElectionResults r = results.of(elections.get(id));
        try (Csv csv = Csv.download(response, r.election().code() + "-results.csv")) {
            csv.row(header(r));
            for (List<Object> row : rows(r)) csv.row(row);
        }
    }

    @GetMapping("/voting/elections/{id}/results.xlsx")
    void xlsx(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        ElectionResults r = results.of(elections.get(id));
        boolean rtl = "ar".equals(LocaleContextHolder.getLocale().getLanguage());
        try (Xlsx xlsx = Xlsx.download(response, r.election().code() + "-results.xlsx", rtl)) {
            xlsx.row(header(r));
            for (List<Object> row : rows(r)) xlsx.row(row);
        }
    }

    /** Machine-readable column names, the same in every language. */
    static List<String> header(ElectionResults r) {
        List<String> h = new ArrayList<>(List.of(
                "level",
                "station",
                "host_country",
                "form_status",
                "registered",
                "votes_recorded",
                "provisional_votes",
                "ballots_issued",
                "valid",
                "invalid",
                "spoiled"));
        r.contestants().forEach(h::add);
        return h;
    }

    static List<List<Object>> rows(ElectionResults r) {
        List<List<Object>> out = new ArrayList<>();
        for (var s : r.stations()) {
            String status = s.form() == null ? "NOT_ENTERED" : s.form().status().name();
            out.add(row("station", s.station().code(), s.station().hostCountry(), status, s.tally(), r));
        }
        for (Tally c : r.countries()) out.add(row("host_country", "", c.key(), "", c, r));
        out.add(row("overall", "", "", "", r.overall(), r));
        return out;
    }

    private static List<Object> row(
            String level, String station, String country, String status, Tally t, ElectionResults r) {
        List<Object> row = new ArrayList<>(List.of(
                level,
                station,
                country.toUpperCase(Locale.ROOT),
                status,
                t.listed(),
                t.votesRecorded(),
                t.provisional(),
                t.issued(),
                t.valid(),
                t.invalid(),
                t.spoiled()));
        for (int i = 0; i < r.contestants().size(); i++) row.add(t.votesOf(i));
        return row;
    }
}
