package org.pravaas.voting.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReconciliationPoliciesTest {
    private static final ReconciliationPolicy.Station STATION = new ReconciliationPolicy.Station(500, 300, true, 3);

    private static List<String> reasons(Figures f, ReconciliationPolicy.Station s) {
        return ReconciliationPolicy.all().stream()
                .map(p -> p.check(f, s))
                .flatMap(Optional::stream)
                .map(Reason::messageKey)
                .toList();
    }

    @Test
    void aFormThatAddsUpPassesEveryCheck() {
        assertThat(reasons(new Figures(330, 300, 10, 20, 6, 294, List.of(150, 100, 44)), STATION))
                .isEmpty();
    }

    @Test
    void receivedBallotsMustEqualIssuedSpoiledAndUnused() {
        assertThat(reasons(new Figures(340, 300, 10, 20, 6, 294, List.of(150, 100, 44)), STATION))
                .containsExactly("voting.reconcile.ballot-account");
    }

    @Test
    void votesPerChoiceMustAddUpToTheValidBallots() {
        assertThat(reasons(new Figures(330, 300, 10, 20, 6, 294, List.of(150, 100, 45)), STATION))
                .containsExactly("voting.reconcile.votes");
    }

    @Test
    void turnoutCannotExceedTheListAtOwnStationElectionsAndIssuedBallotsMustMatchThePollBook() {
        var small = new ReconciliationPolicy.Station(200, 300, true, 3);
        assertThat(reasons(new Figures(330, 300, 10, 20, 6, 294, List.of(150, 100, 44)), small))
                .containsExactly("voting.reconcile.turnout");
        var anywhere = new ReconciliationPolicy.Station(200, 250, false, 3);
        assertThat(reasons(new Figures(330, 300, 10, 20, 6, 294, List.of(150, 100, 44)), anywhere))
                .containsExactly("voting.reconcile.poll-book");
    }

    @Test
    void aFormListsEveryReasonItFails() {
        Reason reason = ReconciliationPolicy.all()
                .get(0)
                .check(new Figures(1, 300, 10, 20, 6, 290, List.of(150, 100, 44)), STATION)
                .orElseThrow();
        assertThat(reason.args()).containsExactly("1", "300", "10", "20");
        assertThat(reasons(new Figures(1, 300, 10, 20, 6, 290, List.of(150, 100, 44)), STATION))
                .containsExactly("voting.reconcile.ballot-account", "voting.reconcile.cast", "voting.reconcile.votes");
    }

    @Test
    void twoCopiesNameTheFieldsWhereTheyDiffer() {
        Figures a = new Figures(330, 300, 10, 20, 6, 294, List.of(150, 100, 44));
        Figures b = new Figures(330, 300, 10, 20, 6, 294, List.of(100, 150, 44));
        assertThat(a.differencesFrom(b)).containsExactly("votes.1", "votes.2");
        assertThat(a.differencesFrom(a)).isEmpty();
        assertThat(Reason.parse(Reason.of("k", 1, "x").stored())).isEqualTo(Reason.of("k", 1, "x"));
    }
}
