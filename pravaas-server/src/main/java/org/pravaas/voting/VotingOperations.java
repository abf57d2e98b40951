package org.pravaas.voting;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.NotFoundException;
import org.pravaas.voting.count.ElectionResults;
import org.pravaas.voting.count.ElectionResultsService;
import org.pravaas.voting.count.FormEntry;
import org.pravaas.voting.count.ResultFormService;
import org.pravaas.voting.election.Designation;
import org.pravaas.voting.election.DocumentKind;
import org.pravaas.voting.election.ElectionCommand;
import org.pravaas.voting.election.ElectionKind;
import org.pravaas.voting.election.ElectionService;
import org.pravaas.voting.election.StaffCommand;
import org.pravaas.voting.election.StationCommand;
import org.pravaas.voting.polling.Outcome;
import org.pravaas.voting.polling.PollingService;
import org.pravaas.voting.register.Receipts;
import org.pravaas.voting.register.Sex;
import org.pravaas.voting.register.VoterLoader;
import org.pravaas.voting.register.Voters;

/**
 * Out-of-country voting for the command line and the benchmark, acting as the signed-in user
 * with the same rules as the web: set up an election, load a voter register, record votes by
 * receipt number, enter result forms and read the results.
 */
@org.springframework.stereotype.Service
public class VotingOperations {
    private final ElectionService elections;
    private final VoterLoader loader;
    private final Voters voters;
    private final PollingService polling;
    private final ResultFormService forms;
    private final ElectionResultsService results;

    VotingOperations(
            ElectionService elections,
            VoterLoader loader,
            Voters voters,
            PollingService polling,
            ResultFormService forms,
            ElectionResultsService results) {
        this.elections = elections;
        this.loader = loader;
        this.voters = voters;
        this.polling = polling;
        this.forms = forms;
        this.results = results;
    }

    /** A voter of a register to load: names in any script, birth date, sex (F, M or X), passport number. */
    public record RegisterEntry(String given, String family, LocalDate birthDate, String sex, String passport) {}

    /** What became of one attempt to record a vote: recorded, or the message key of the refusal. */
    public record VoteAttempt(boolean recorded, @Nullable String refusal) {}

    /** Totals of an election from its counted forms. */
    public record Totals(
            long listed, long votesRecorded, long issued, long valid, List<Long> perChoice, int countries) {}

    /**
     * Opens an election of {@code country} polling today, with a two-choice ballot, run by the
     * office; voters at any station unless {@code ownStationOnly}.
     */
    public ElectionId createElection(String code, String country, String officeCode, boolean ownStationOnly) {
        LocalDate today = LocalDate.now();
        var command = new ElectionCommand(
                code,
                code + " out-of-country vote",
                country,
                ElectionKind.REFERENDUM,
                officeCode,
                today.minusDays(60),
                today.minusDays(1),
                today,
                today.plusDays(1),
                18,
                LocalDate.of(today.getYear(), 12, 31),
                1,
                0,
                List.of(DocumentKind.PASSPORT),
                ownStationOnly,
                "Yes\nNo");
        return elections.create(command).electionId();
    }

    public StationId addStation(ElectionId election, String code, String hostCountry, String city, String officeCode) {
        return elections
                .addStation(
                        election.value(), new StationCommand(code, city + " " + code, hostCountry, city, officeCode))
                .stationId();
    }

    /** Designates an official (REGISTRAR, CLERK, PRESIDING_OFFICER, AUDITOR) at a station, or election-wide. */
    public void designate(ElectionId election, @Nullable StationId station, String username, String designation) {
        elections.designate(
                election.value(),
                new StaffCommand(username, station == null ? null : station.value(), Designation.valueOf(designation)));
    }

    /** Loads voters onto a station's list without the second-registration check (an existing register). */
    public List<VoterId> load(StationId station, List<RegisterEntry> entries, String by) {
        var s = elections.station(station.value());
        var e = elections.get(s.electionId());
        var applicants = entries.stream()
                .map(r -> new VoterLoader.Applicant(
                        r.given(),
                        r.family(),
                        r.birthDate(),
                        Sex.valueOf(r.sex()),
                        DocumentKind.PASSPORT,
                        r.passport()))
                .toList();
        return loader.load(e, s, applicants, by).stream().map(VoterId::new).toList();
    }

    /** The printed receipt number of a voter. */
    public String receipt(VoterId voter) {
        var v = voters.byId(voter.value()).orElseThrow(() -> new NotFoundException("voter", voter));
        return Receipts.format(elections.get(v.electionId()).code(), v.receiptNumber());
    }

    /** A vote by receipt number in one request and transaction, as the API records it. */
    public VoteAttempt voteByReceipt(StationId station, String receipt) {
        return attempt(polling.voteByReceipt(station.value(), receipt));
    }

    /** The desk's work for one voter: look them up by receipt (shown to the clerk), then record their vote. */
    public VoteAttempt checkInAndVote(StationId station, String receipt) {
        var found = polling.checkIn(station.value(), receipt);
        return vote(station, found.voter().voterId());
    }

    public VoteAttempt vote(StationId station, VoterId voter) {
        return attempt(polling.vote(station.value(), voter.value()));
    }

    private static VoteAttempt attempt(Outcome outcome) {
        return outcome instanceof Outcome.Refused refused
                ? new VoteAttempt(false, refused.refusal().messageKey())
                : new VoteAttempt(true, null);
    }

    /** Enters one copy of a station's result form; the status it leaves the form in. */
    public String enterForm(
            StationId station, int received, int issued, int spoiled, int unused, int invalid, List<Integer> votes) {
        int valid = votes.stream().mapToInt(Integer::intValue).sum();
        return forms.enter(station.value(), new FormEntry(received, issued, spoiled, unused, invalid, valid, votes))
                .status()
                .name();
    }

    public Totals totals(ElectionId election) {
        ElectionResults r = results.of(elections.get(election.value()));
        var o = r.overall();
        List<Long> perChoice = java.util.stream.IntStream.range(
                        0, r.contestants().size())
                .mapToObj(o::votesOf)
                .toList();
        return new Totals(
                o.listed(),
                o.votesRecorded(),
                o.issued(),
                o.valid(),
                perChoice,
                r.countries().size());
    }
}
