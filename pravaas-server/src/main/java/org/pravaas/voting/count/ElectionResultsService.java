package org.pravaas.voting.count;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pravaas.organization.Access;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.Elections;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.election.Stations;
import org.pravaas.voting.polling.Votes;
import org.pravaas.voting.register.VoterLists;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates results from counted forms, by station, host country and overall. Aggregate
 * figures hold no personal data: every signed-in user reads them.
 */
@Service
public class ElectionResultsService {
    private final Elections elections;
    private final Stations stations;
    private final ResultForms forms;
    private final VoterLists voters;
    private final Votes votes;
    private final Access access;

    ElectionResultsService(
            Elections elections, Stations stations, ResultForms forms, VoterLists voters, Votes votes, Access access) {
        this.elections = elections;
        this.stations = stations;
        this.forms = forms;
        this.voters = voters;
        this.votes = votes;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public ElectionResults of(Election election) {
        access.current();
        List<String> contestants = elections.contestants(election.id());
        int choices = contestants.size();
        Map<UUID, ResultForm> byStation =
                forms.of(election.id()).stream().collect(Collectors.toMap(ResultForm::stationId, Function.identity()));
        Map<UUID, Long> listed = voters.listedPerStation(election.id());
        Map<UUID, long[]> recorded = votes.perStation(election.id());
        List<ElectionResults.StationResult> rows = new ArrayList<>();
        Map<String, Tally> countries = new TreeMap<>();
        Tally overall = Tally.empty("", choices);
        Map<FormStatus, Long> statuses = new EnumMap<>(FormStatus.class);
        for (Station s : stations.of(election.id())) {
            ResultForm form = byStation.get(s.id());
            long l = listed.getOrDefault(s.id(), 0L);
            long[] r = recorded.getOrDefault(s.id(), new long[2]);
            rows.add(new ElectionResults.StationResult(
                    s, form, Tally.empty(s.code(), choices).plus(l, r, form)));
            String country = s.hostCountry();
            countries.put(
                    country,
                    countries
                            .getOrDefault(country, Tally.empty(country, choices))
                            .plus(l, r, form));
            overall = overall.plus(l, r, form);
            if (form != null) statuses.merge(form.status(), 1L, Long::sum);
        }
        return new ElectionResults(election, contestants, rows, List.copyOf(countries.values()), overall, statuses);
    }
}
