package org.pravaas.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.shared.RuleViolation;
import org.pravaas.voting.count.ElectionResults;
import org.pravaas.voting.count.ElectionResultsService;
import org.pravaas.voting.count.FormEntry;
import org.pravaas.voting.count.FormStatus;
import org.pravaas.voting.count.ResultForm;
import org.pravaas.voting.count.ResultFormService;
import org.pravaas.voting.count.ResultForms;
import org.pravaas.voting.election.ElectionService;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.polling.PollingService;
import org.pravaas.voting.register.RegistrationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Double entry, reconciliation, quarantine and results, on the embedded PostgreSQL. */
@PravaasTest
class CountingTests {
    @Autowired
    ElectionService elections;

    @Autowired
    RegistrationService registration;

    @Autowired
    PollingService polling;

    @Autowired
    ResultFormService forms;

    @Autowired
    ResultForms store;

    @Autowired
    ElectionResultsService results;

    @Autowired
    BatchIdentity identity;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** An election with three voters at each station, two of whom voted. */
    private VotingFixtures polled() {
        VotingFixtures f = new VotingFixtures(elections, registration, identity, true);
        int n = 0;
        for (Station s : List.of(f.amman, f.seoul)) {
            for (int i = 0; i < 3; i++) {
                var r = f.person(s, n++);
                assertThat(r.held()).isFalse();
                if (i < 2) polling.vote(s.id(), r.voter().id());
            }
        }
        return f;
    }

    private static FormEntry entry(
            int received, int issued, int spoiled, int unused, int invalid, List<Integer> votes) {
        return new FormEntry(
                received,
                issued,
                spoiled,
                unused,
                invalid,
                votes.stream().mapToInt(i -> i).sum(),
                votes);
    }

    @Test
    void theSameClerkCannotEnterBothCopiesAndTwoClerksWhoAgreeGetTheFormCounted() {
        VotingFixtures f = polled();
        FormEntry e = entry(10, 2, 1, 7, 0, List.of(1, 1, 0));
        identity.actAs("admin");
        assertThat(forms.enter(f.seoul.id(), e).status()).isEqualTo(FormStatus.AWAITING_SECOND);
        assertThatThrownBy(() -> forms.enter(f.seoul.id(), e))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        x -> assertThat(x.violations().get(0).messageKey()).isEqualTo("voting.form.same-clerk"));
        identity.actAs("elections");
        ResultForm form = forms.enter(f.seoul.id(), e);
        assertThat(form.status()).isEqualTo(FormStatus.COUNTED);
        assertThat(store.copies(form.id())).extracting(c -> c.clerk()).containsExactly("admin", "elections");
    }

    @Test
    void copiesThatDifferGoToQualityControlWhereAnAuditorChoosesTheRightOne() {
        VotingFixtures f = polled();
        identity.actAs("admin");
        forms.enter(f.seoul.id(), entry(10, 2, 1, 7, 0, List.of(1, 1, 0)));
        identity.actAs("elections");
        ResultForm form = forms.enter(f.seoul.id(), entry(10, 2, 1, 7, 0, List.of(2, 0, 0)));
        assertThat(form.status()).isEqualTo(FormStatus.QUALITY_CONTROL);
        assertThat(form.reasons().get(0).args()).containsExactly("votes.1, votes.2");
        assertThatThrownBy(() -> forms.resolve(form.id(), 1, "Checked the paper"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        identity.actAs("admin");
        assertThat(forms.resolve(form.id(), 1, "Copy 1 matches the paper form").status())
                .isEqualTo(FormStatus.COUNTED);
        assertThat(store.events(form.id()))
                .extracting(ev -> ev.action())
                .containsExactly("entered-1", "entered-2", "copies-differ", "copy-chosen-1", "reconciled");
    }

    @Test
    void aFormThatDoesNotAddUpIsQuarantinedWithItsReasonsUntilAnAuditorClearsOrExcludesIt() {
        VotingFixtures f = polled();
        FormEntry wrong = entry(12, 3, 1, 7, 0, List.of(2, 1, 0));
        identity.actAs("admin");
        forms.enter(f.seoul.id(), wrong);
        identity.actAs("elections");
        ResultForm form = forms.enter(f.seoul.id(), wrong);
        assertThat(form.status()).isEqualTo(FormStatus.QUARANTINED);
        assertThat(form.reasons())
                .extracting(r -> r.messageKey())
                .containsExactly("voting.reconcile.ballot-account", "voting.reconcile.poll-book");
        identity.actAs("admin");
        assertThat(results.of(f.election).overall().issued()).isZero();
        assertThatThrownBy(() -> forms.decide(form.id(), true, "")).isInstanceOf(RuleViolation.class);
        forms.decide(form.id(), true, "Recount confirmed three ballots; the poll book missed a late voter");
        ElectionResults r = results.of(f.election);
        assertThat(r.overall().issued()).isEqualTo(3);
        assertThat(r.overall().votesOf(0)).isEqualTo(2);
    }

    @Test
    void resultsAddUpByStationHostCountryAndOverallFromCountedFormsOnly() {
        VotingFixtures f = polled();
        for (String clerk : List.of("admin", "elections")) {
            identity.actAs(clerk);
            forms.enter(f.seoul.id(), entry(10, 2, 1, 7, 1, List.of(1, 0, 0)));
        }
        identity.actAs("admin");
        forms.enter(f.amman.id(), entry(10, 2, 1, 7, 0, List.of(2, 0, 0)));
        ElectionResults r = results.of(f.election);
        assertThat(r.stations())
                .extracting(s -> s.station().code(), s -> s.tally().valid())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("AMM", 0L), org.assertj.core.groups.Tuple.tuple("SEL", 1L));
        assertThat(r.countries())
                .extracting(t -> t.key(), t -> t.listed(), t -> t.votesRecorded())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("JO", 3L, 2L),
                        org.assertj.core.groups.Tuple.tuple("KR", 3L, 2L));
        assertThat(r.overall().listed()).isEqualTo(6);
        assertThat(r.overall().votesRecorded()).isEqualTo(4);
        assertThat(r.overall().invalid()).isEqualTo(1);
        assertThat(r.overall().formsCounted()).isEqualTo(1);
        assertThat(r.forms()).containsEntry(FormStatus.COUNTED, 1L).containsEntry(FormStatus.AWAITING_SECOND, 1L);
    }
}
