package org.pravaas.voting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.pravaas.shared.web.Csv;
import org.pravaas.voting.election.ElectionService;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.register.Receipts;
import org.pravaas.voting.register.Voter;
import org.pravaas.voting.register.VoterService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A station's voter list as CSV, in name order, for the polling day's paper list; audited as an export. */
@Controller
class VoterListExport {
    private final ElectionService elections;
    private final VoterService voters;

    VoterListExport(ElectionService elections, VoterService voters) {
        this.elections = elections;
        this.voters = voters;
    }

    @GetMapping("/voting/stations/{id}/voters.csv")
    void csv(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        Station station = elections.station(id);
        String code = elections.get(station.electionId()).code();
        List<Voter> list = voters.stationList(station);
        try (Csv csv = Csv.download(response, code + "-" + station.code() + "-voters.csv")) {
            csv.row(List.of("receipt", "family", "given", "latin_name", "birth_date", "sex"));
            for (Voter v : list) {
                csv.row(List.of(
                        Receipts.format(code, v.receiptNumber()),
                        v.family(),
                        v.given(),
                        v.latinName(),
                        v.birthDate().toString(),
                        v.sex().name()));
            }
        }
    }
}
