package org.pravaas.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.shared.RuleViolation;
import org.pravaas.skills.matching.MatchService;
import org.pravaas.skills.opening.Opening;
import org.pravaas.skills.opening.OpeningService;
import org.pravaas.skills.placement.Outcome;
import org.pravaas.skills.placement.PaymentKind;
import org.pravaas.skills.placement.Placement;
import org.pravaas.skills.placement.PlacementCommands;
import org.pravaas.skills.placement.PlacementService;
import org.pravaas.skills.placement.PlacementStatus;
import org.pravaas.skills.profile.Profile;
import org.pravaas.skills.profile.ProfileService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Placements and their rules on the embedded PostgreSQL, through the services an officer's page calls. */
@PravaasTest
@RecordApplicationEvents
class SkillsTests {
    private static final LocalDate START = LocalDate.now().minusDays(100);
    private static final LocalDate END = LocalDate.now().minusDays(10);

    @LocalServerPort
    int port;

    @Autowired
    BatchIdentity identity;

    @Autowired
    ProfileService profiles;

    @Autowired
    OpeningService openings;

    @Autowired
    PlacementService placements;

    @Autowired
    MatchService matching;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.pravaas.skills.figures.SkillsFigures figures;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void signIn() {
        identity.actAs("admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Profile nurse(String family, boolean consent) throws Exception {
        identity.actAs("admin");
        return SkillsFixtures.profile(profiles, SkillsFixtures.person(port, "Rasha", family), "2221", consent);
    }

    private Placement accepted(Profile p, Opening o, LocalDate from, LocalDate to) {
        Placement offered = placements.offer(new PlacementCommands.Offer(o.id(), p.id(), from, to));
        return placements.move(offered.id(), PlacementStatus.ACCEPTED);
    }

    @Test
    void refusesAPlacementThatOverlapsAnotherOfTheSameExpertAndAcceptsTheNextFreeDates() throws Exception {
        Profile p = nurse("Overlap", true);
        Opening first = SkillsFixtures.opening(openings, START, END);
        Opening second = SkillsFixtures.opening(openings, END.minusDays(5), END.plusDays(60));
        accepted(p, first, START, END);
        assertThatThrownBy(() -> placements.offer(
                        new PlacementCommands.Offer(second.id(), p.id(), END.minusDays(5), END.plusDays(60))))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("startsOn");
                            assertThat(v.messageKey()).isEqualTo("skills.placement.overlap");
                        }));
        Placement later =
                placements.offer(new PlacementCommands.Offer(second.id(), p.id(), END.plusDays(1), END.plusDays(60)));
        assertThat(later.status()).isEqualTo(PlacementStatus.OFFERED);
    }

    @Test
    void aDeclinedOfferNoLongerHoldsThePersonsTime() throws Exception {
        Profile p = nurse("Declined", true);
        Opening o = SkillsFixtures.opening(openings, START, END);
        Placement offered = placements.offer(new PlacementCommands.Offer(o.id(), p.id(), START, END));
        placements.move(offered.id(), PlacementStatus.DECLINED);
        assertThat(placements
                        .offer(new PlacementCommands.Offer(o.id(), p.id(), START, END))
                        .status())
                .isEqualTo(PlacementStatus.OFFERED);
    }

    @Test
    void refusesAPaymentOutsideTheContractAndAnUnknownCurrencyAndStoresOneInside() throws Exception {
        Placement pl = accepted(nurse("Payment", true), SkillsFixtures.opening(openings, START, END), START, END);
        var outside = new PlacementCommands.Pay(
                PaymentKind.SALARY_SUPPLEMENT, new BigDecimal("900"), "USD", END, END.minusDays(20), END.plusDays(10));
        assertThatThrownBy(() -> placements.pay(pl.id(), outside))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(
                                e.violations().get(0).messageKey())
                        .isEqualTo("skills.payment.outside-contract"));
        var unknownCurrency = new PlacementCommands.Pay(
                PaymentKind.SUBSIDY, new BigDecimal("900"), "XQQ", END, START, START.plusDays(29));
        assertThatThrownBy(() -> placements.pay(pl.id(), unknownCurrency))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("currency"));
        placements.pay(
                pl.id(),
                new PlacementCommands.Pay(
                        PaymentKind.SALARY_SUPPLEMENT,
                        new BigDecimal("900"),
                        "usd",
                        START.plusDays(30),
                        START,
                        START.plusDays(29)));
        assertThat(jdbc.sql("select count(*) from skills.payment where placement_id = :p")
                        .param("p", pl.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void requestingTravelOpensOneMovementRequestForThePlacedPersonEvenWhenTheEventIsReplayed() throws Exception {
        Placement pl = accepted(nurse("Travel", true), SkillsFixtures.opening(openings, START, END), START, END);
        placements.requestTravel(pl.id(), new PlacementCommands.Travel(START.minusDays(1), END.plusDays(1)));
        PlacementTravelRequested travel = events.stream(PlacementTravelRequested.class)
                .filter(e -> e.placementId().equals(pl.id()))
                .findFirst()
                .orElseThrow();
        assertThat(travel.person().value()).isEqualTo(pl.personId());
        assertThat(travel.fromCountry()).isEqualTo("LB");
        assertThat(travel.toCountry()).isEqualTo("SY");
        assertThat(travel.departOn()).isEqualTo(START.minusDays(1));

        await().atMost(Duration.ofSeconds(20)).until(() -> movementRequests(travel) == 1);
        assertThat(jdbc.sql(
                                """
                select r.programme, r.reason, r.office_id = :office, t.person_id = :person, t.adult
                from movement.request r join movement.traveller t on t.request_id = r.id
                where r.placement_request_id = :t
                """)
                        .param("t", travel.requestId())
                        .param("office", pl.officeId())
                        .param("person", pl.personId())
                        .query((rs, n) -> List.of(
                                rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5)))
                        .single())
                .containsExactly(
                        "labour_mobility",
                        "Placement LB → SY, " + START.minusDays(1) + " – " + END.plusDays(1),
                        true,
                        true,
                        true);

        transactions.executeWithoutResult(s -> publisher.publishEvent(travel));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> movementRequests(travel) == 1);
    }

    private long movementRequests(PlacementTravelRequested travel) {
        return jdbc.sql("select count(*) from movement.request where placement_request_id = :t")
                .param("t", travel.requestId())
                .query(Long.class)
                .single();
    }

    @Test
    void anEvaluationBeforeTheEndDateMarksThePlacementEndedEarlyAndTheFiguresCountIt() throws Exception {
        Placement pl = accepted(nurse("Evaluated", true), SkillsFixtures.opening(openings, START, END), START, END);
        Placement closed = placements.evaluate(
                pl.id(),
                new PlacementCommands.Evaluate(
                        Outcome.PARTLY_MET, 3, false, END.minusDays(30), "Left for family reasons."));
        assertThat(closed.status()).isEqualTo(PlacementStatus.ENDED_EARLY);
        assertThat(closed.endsOn()).isEqualTo(END.minusDays(30));
        assertThatThrownBy(() -> placements.move(pl.id(), PlacementStatus.WITHDRAWN))
                .isInstanceOf(RuleViolation.class);
        var row = figures.byCountryAndOccupation(4, null).stream()
                .filter(r -> r.country().equals("SY") && r.occupation().equals("2221"))
                .findFirst()
                .orElseThrow();
        assertThat(row.partlyMet()).isGreaterThanOrEqualTo(1);
        assertThat(row.personMonths()).isGreaterThan(2.0);
    }

    @Test
    void onlyConsentingProfilesAreRankedAndEachScoreIsExplained() throws Exception {
        Profile willing = nurse("Willing", true);
        Profile unwilling = nurse("Unwilling", false);
        Opening o = SkillsFixtures.opening(
                openings, LocalDate.now().plusDays(30), LocalDate.now().plusDays(120));
        var ranked = matching.candidates(o.id(), 200);
        assertThat(ranked).extracting(c -> c.profileId()).contains(willing.id()).doesNotContain(unwilling.id());
        var mine = ranked.stream()
                .filter(c -> c.profileId().equals(willing.id()))
                .findFirst()
                .orElseThrow();
        assertThat(mine.score()).isGreaterThanOrEqualTo(90);
        assertThat(mine.parts()).hasSize(5);
        assertThat(mine.parts().get(0).messageKey()).isEqualTo("skills.why.occupation.same");
        assertThatThrownBy(() ->
                        placements.offer(new PlacementCommands.Offer(o.id(), unwilling.id(), o.startsOn(), o.endsOn())))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("skills.placement.no-consent"));
    }

    @Test
    void readingAProfileIsAudited() throws Exception {
        Profile p = nurse("Audited", true);
        profiles.view(p.id());
        assertThat(jdbc.sql("select count(*) from audit.entry where action = 'skills.profile.read' and object_id = :id")
                        .param("id", p.id().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theDemoHasPlacementsFromOfferToEvaluation() {
        var statuses = jdbc.sql("select distinct status from skills.placement")
                .query(String.class)
                .list();
        assertThat(statuses).contains("ACCEPTED", "COMPLETED", "ENDED_EARLY");
        assertThat(jdbc.sql("select count(*) from skills.occupation where level = 4")
                        .query(Long.class)
                        .single())
                .isEqualTo(436);
    }
}
