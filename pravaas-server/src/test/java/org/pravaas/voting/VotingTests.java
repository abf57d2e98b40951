package org.pravaas.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.shared.RuleViolation;
import org.pravaas.voting.election.ElectionService;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.polling.Outcome;
import org.pravaas.voting.polling.PollingService;
import org.pravaas.voting.register.RegistrationService;
import org.pravaas.voting.register.Voter;
import org.pravaas.voting.register.VoterReview;
import org.pravaas.voting.register.VoterStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** Registration and polling on the embedded PostgreSQL: eligibility, second registrations, one vote per voter. */
@PravaasTest
class VotingTests {
    @Autowired
    ElectionService elections;

    @Autowired
    RegistrationService registration;

    @Autowired
    VoterReview review;

    @Autowired
    PollingService polling;

    @Autowired
    BatchIdentity identity;

    @Autowired
    org.pravaas.voting.count.ElectionResultsService results;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private VotingFixtures fixtures(boolean ownStationOnly) {
        return new VotingFixtures(elections, registration, identity, ownStationOnly);
    }

    @Test
    void anUnderAgeApplicantIsRefusedWithTheReasonAndNothingIsStored() {
        VotingFixtures f = fixtures(true);
        int year = LocalDate.now().getYear();
        assertThatThrownBy(() -> f.register(f.amman, "Noor", "Al-Bayati", LocalDate.of(year - 17, 6, 1), "A100"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation.Violation::messageKey)
                        .containsExactly("voting.eligibility.age"));
        assertThat(count("select count(*) from voting.voter where election_id = :e", f))
                .isZero();
    }

    @Test
    void aSecondRegistrationInArabicScriptAtAnotherStationIsHeldForReviewWithTheFirstFlagged() {
        VotingFixtures f = fixtures(true);
        LocalDate birth = LocalDate.of(1988, 4, 9);
        var first = f.register(f.amman, "Layla", "Haddad", birth, "A2001");
        var second = f.register(f.seoul, "ليلى", "حداد", birth, "A2001");
        var stranger = f.register(f.seoul, "Maryam", "Al-Khafaji", LocalDate.of(1971, 2, 3), "A2002");
        assertThat(first.held()).isFalse();
        assertThat(second.held()).isTrue();
        assertThat(second.flags())
                .extracting(x -> x.otherId())
                .containsExactly(first.voter().id());
        assertThat(second.flags().get(0).probability()).isGreaterThanOrEqualTo(0.9);
        assertThat(second.voter().script()).isEqualTo("ARABIC");
        assertThat(second.voter().latinName())
                .isNotBlank()
                .isNotEqualTo(second.voter().fullName());
        assertThat(stranger.held()).isFalse();
        assertThat(second.receipt()).startsWith(f.election.code() + "-");
    }

    @Test
    void theSamePersonRegisteringAtTwoStationsAtTheSameMomentIsHeldOnce() throws Exception {
        VotingFixtures f = fixtures(true);
        LocalDate birth = LocalDate.of(1982, 6, 14);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<VoterStatus>> done = new ArrayList<>();
        for (Station s : List.of(f.amman, f.seoul)) {
            done.add(pool.submit(() -> {
                identity.actAs("admin");
                go.await();
                return f.register(s, "Zainab", "Al-Khafaji", birth, "Z7001")
                        .voter()
                        .status();
            }));
        }
        go.countDown();
        List<VoterStatus> statuses = new ArrayList<>();
        for (Future<VoterStatus> d : done) statuses.add(d.get());
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(VoterStatus.REGISTERED, VoterStatus.HELD);
    }

    @Test
    void anAuditorPutsAHeldRegistrationOnTheListOrRejectsIt() {
        VotingFixtures f = fixtures(true);
        LocalDate birth = LocalDate.of(1979, 9, 30);
        f.register(f.amman, "Hussein", "Al-Tamimi", birth, "A3001");
        var held = f.register(f.seoul, "Husain", "Al Tamimi", birth, "A3001");
        assertThat(held.held()).isTrue();
        Voter voter = held.voter();
        assertThat(polling.vote(f.seoul.id(), voter.id()))
                .isInstanceOfSatisfying(
                        Outcome.Refused.class,
                        r -> assertThat(r.refusal().messageKey()).isEqualTo("voting.poll.held"));
        assertThatThrownBy(() -> review.decideHeld(voter.id(), true, " ")).isInstanceOf(RuleViolation.class);
        assertThat(review.decideHeld(voter.id(), true, "Same man: same passport, same birth date")
                        .status())
                .isEqualTo(VoterStatus.REJECTED);
    }

    @Test
    void aVoteAtAStationTheVoterIsNotListedAtIsRefusedWhenTheElectionSaysSo() {
        VotingFixtures f = fixtures(true);
        var r = f.register(f.amman, "Sara", "Al-Rubaie", LocalDate.of(1990, 1, 1), "A4001");
        Outcome elsewhere = polling.vote(f.seoul.id(), r.voter().id());
        assertThat(elsewhere).isInstanceOfSatisfying(Outcome.Refused.class, x -> assertThat(
                        x.refusal().messageKey())
                .isEqualTo("voting.poll.other-station"));
        assertThat(polling.vote(f.amman.id(), r.voter().id())).isInstanceOf(Outcome.Recorded.class);
        Outcome again = polling.vote(f.amman.id(), r.voter().id());
        assertThat(again).isInstanceOfSatisfying(Outcome.Refused.class, x -> {
            assertThat(x.refusal().messageKey()).isEqualTo("voting.poll.already-voted");
            assertThat(x.refusal().args()[0]).isEqualTo("AMM");
        });
    }

    @Test
    void aReceiptWithAMistypedDigitIsRefusedBeforeAnyVoterIsLookedUp() {
        VotingFixtures f = fixtures(false);
        var r = f.register(f.amman, "Dina", "Al-Obaidi", LocalDate.of(1985, 5, 5), "A5001");
        String receipt = r.receipt();
        char last = receipt.charAt(receipt.length() - 4);
        String typo = receipt.substring(0, receipt.length() - 4)
                + (last == '9' ? '8' : (char) (last + 1))
                + receipt.substring(receipt.length() - 3);
        assertThatThrownBy(() -> polling.checkIn(f.amman.id(), typo))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("voting.poll.receipt-check"));
        assertThat(polling.checkIn(f.amman.id(), receipt).voter().id())
                .isEqualTo(r.voter().id());
    }

    @Test
    void aChallengedVoterVotesProvisionallyAndAnUpheldChallengeStrikesAVoterOff() {
        VotingFixtures f = fixtures(false);
        var a = f.register(f.amman, "Huda", "Al-Zubaidi", LocalDate.of(1966, 7, 7), "A6001");
        var b = f.register(f.amman, "Rana", "Al-Shammari", LocalDate.of(1967, 8, 8), "A6002");
        review.file(a.voter().id(), "Agent says she is not a citizen");
        assertThat(polling.vote(f.amman.id(), a.voter().id()))
                .isInstanceOfSatisfying(
                        Outcome.Recorded.class, x -> assertThat(x.provisional()).isTrue());
        assertThat(results.of(f.election).overall().provisional()).isEqualTo(1);
        var challenge = review.file(b.voter().id(), "Registered twice under another name");
        review.adjudicate(challenge.id(), true, "Confirmed by the consulate");
        assertThat(polling.vote(f.amman.id(), b.voter().id()))
                .isInstanceOfSatisfying(
                        Outcome.Refused.class,
                        x -> assertThat(x.refusal().messageKey()).isEqualTo("voting.poll.not-listed"));
    }

    @Test
    void tenConcurrentAttemptsPerVoterAtDifferentStationsRecordExactlyOneVoteEach() throws Exception {
        VotingFixtures f = fixtures(false);
        List<Voter> voters = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            voters.add(f.person(i % 2 == 0 ? f.amman : f.seoul, i).voter());
        }
        List<Object[]> attempts = new ArrayList<>();
        for (Voter v : voters) {
            for (int a = 0; a < 10; a++) attempts.add(new Object[] {v, a % 2 == 0 ? f.amman : f.seoul});
        }
        Collections.shuffle(attempts, new Random(1));
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> done = new ArrayList<>();
        for (Object[] attempt : attempts) {
            done.add(pool.submit(() -> {
                identity.actAs("admin");
                go.await();
                Outcome o = polling.vote(((Station) attempt[1]).id(), ((Voter) attempt[0]).id());
                String key = o instanceof Outcome.Refused r ? r.refusal().messageKey() : "recorded";
                outcomes.merge(key, 1, Integer::sum);
                return null;
            }));
        }
        go.countDown();
        for (Future<?> d : done) d.get();
        pool.shutdown();
        assertThat(outcomes)
                .containsExactlyInAnyOrderEntriesOf(Map.of("recorded", 30, "voting.poll.already-voted", 270));
        assertThat(count("select count(*) from voting.vote where election_id = :e", f))
                .isEqualTo(30);
        assertThat(count(
                        """
                select count(*) from voting.vote v join voting.voter r on r.id = v.voter_id
                where v.election_id = :e group by r.id having count(*) > 1
                """,
                        f))
                .isZero();
    }

    private long count(String sql, VotingFixtures f) {
        return jdbc.sql(sql)
                .param("e", f.election.id())
                .query(Long.class)
                .optional()
                .orElse(0L);
    }
}
