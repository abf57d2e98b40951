package org.pravaas.voting.demo;

import java.util.List;
import java.util.Random;
import org.pravaas.voting.count.Figures;
import org.pravaas.voting.count.FormSeed;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.Station;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Polling and counting in the demo: votes recorded for about half of each station's list, and
 * result forms in every state — counted in Amman, Mafraq and Stockholm, quarantined in Beirut
 * (ballots do not add up), in quality control in Berlin (the copies differ), waiting for its
 * second copy in Dearborn, not yet entered in London and Seoul.
 */
@Component
class DemoPollingDay {
    private final JdbcClient jdbc;
    private final FormSeed forms;

    DemoPollingDay(JdbcClient jdbc, FormSeed forms) {
        this.jdbc = jdbc;
        this.forms = forms;
    }

    void load(Election e, List<Station> stations, Random random) {
        for (Station s : stations) {
            if (!s.code().startsWith("KR")) {
                vote(s, 0.4 + random.nextDouble() * 0.3);
            }
        }
        seed(stations.get(0), random, 0, false);
        seed(stations.get(1), random, 0, false);
        seed(stations.get(2), random, 12, false);
        seed(stations.get(4), random, 0, true);
        seed(stations.get(5), random, 0, false);
        Figures dearborn = figures(votes(stations.get(6)), random, 0);
        forms.seed(stations.get(6), List.of("elections"), List.of(dearborn));
    }

    /** Records votes in the poll book for a share of the station's list, as its desk did over the day. */
    private void vote(Station s, double share) {
        jdbc.sql(
                        """
                insert into voting.vote (election_id, voter_id, station_id, provisional, recorded_at, recorded_by)
                select election_id, id, station_id, false, now() - interval '3 hours' + (receipt_number % 300) * interval '30 seconds', 'admin'
                from voting.voter where station_id = :s and status = 'REGISTERED' and random() < :share
                """)
                .param("s", s.id())
                .param("share", share)
                .update();
    }

    private int votes(Station s) {
        return jdbc.sql("select count(*) from voting.vote where station_id = :s")
                .param("s", s.id())
                .query(Integer.class)
                .single();
    }

    /** Two copies of the station's form; {@code missing} ballots make it fail the ballot account, {@code differ} changes a figure. */
    private void seed(Station s, Random random, int missing, boolean differ) {
        Figures first = figures(votes(s), random, missing);
        Figures second = differ
                ? new Figures(
                        first.ballotsReceived(),
                        first.ballotsIssued(),
                        first.spoiled(),
                        first.unused(),
                        first.invalid(),
                        first.valid(),
                        swapped(first.votes()))
                : first;
        forms.seed(s, List.of("admin", "elections"), List.of(first, second));
    }

    private static Figures figures(int issued, Random random, int missing) {
        int invalid = issued / 40;
        int valid = issued - invalid;
        int a = valid * (35 + random.nextInt(10)) / 100;
        int b = valid * (25 + random.nextInt(10)) / 100;
        int c = valid * (10 + random.nextInt(10)) / 100;
        int spoiled = 2 + random.nextInt(4);
        int unused = 50 + random.nextInt(50);
        return new Figures(
                issued + spoiled + unused + missing,
                issued,
                spoiled,
                unused,
                invalid,
                valid,
                List.of(a, b, c, valid - a - b - c));
    }

    private static List<Integer> swapped(List<Integer> votes) {
        return List.of(votes.get(1), votes.get(0), votes.get(2), votes.get(3));
    }
}
