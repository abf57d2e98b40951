package org.pravaas.casework.programme.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.programme.ProgrammeFixtures;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Emergency distributions never take more than a site has left, even two at once. */
@PravaasTest
class EmergencyTests {
    @Autowired
    EmergencyService emergency;

    @Autowired
    ProgrammeFixtures cases;

    @Autowired
    BatchIdentity identity;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDistributionBeyondTheSiteStockIsRefusedAndTheReportAddsUp() {
        CaseId c = cases.open("emergency", "assistance");
        Site site = emergency.addSite(null, "Overdraw test site", "Bekaa", "LB-BQ");
        emergency.issue(site.id(), "blanket", 10, LocalDate.now(), "WB-1001");
        emergency.distribute(c, site.id(), "blanket", 7, LocalDate.now());

        assertThatThrownBy(() -> emergency.distribute(c, site.id(), "blanket", 4, LocalDate.now()))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).violations())
                        .singleElement()
                        .satisfies(v -> {
                            assertThat(v.field()).isEqualTo("quantity");
                            assertThat(v.messageKey()).isEqualTo("emergency.stock.short");
                            assertThat(v.args()).containsExactly(4, 3L, "Overdraw test site");
                        }));
        assertThatThrownBy(() -> emergency.distribute(c, site.id(), "tarpaulin", 1, LocalDate.now()))
                .isInstanceOf(RuleViolation.class);

        assertThat(emergency.report(site.id())).singleElement().satisfies(l -> {
            assertThat(l.itemCode()).isEqualTo("blanket");
            assertThat(l.issued()).isEqualTo(10);
            assertThat(l.distributed()).isEqualTo(7);
            assertThat(l.remaining()).isEqualTo(3);
        });
        assertThat(emergency.history(c)).singleElement().satisfies(d -> assertThat(d.quantity())
                .isEqualTo(7));
    }

    @Test
    void twoDistributionsAtOnceCannotBothTakeTheLastStock() throws Exception {
        CaseId first = cases.open("emergency", "assistance");
        CaseId second = cases.open("emergency", "assistance");
        Site site = emergency.addSite(null, "Race test site", null, null);
        emergency.issue(site.id(), "jerrycan", 10, LocalDate.now(), "WB-2002");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (CaseId c : List.of(first, second)) {
                Callable<Boolean> task = () -> {
                    identity.actAs("admin");
                    start.await();
                    try {
                        emergency.distribute(c, site.id(), "jerrycan", 6, LocalDate.now());
                        return true;
                    } catch (RuleViolation e) {
                        return false;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            assertThat(List.of(results.get(0).get(), results.get(1).get())).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdown();
        }
        identity.actAs("admin");
        assertThat(emergency.report(site.id())).singleElement().satisfies(l -> assertThat(l.remaining())
                .isEqualTo(4));
    }

    @Test
    void aDistributionGoesToOneOfThePeopleTheCaseCoversOrToTheHousehold() {
        CaseId household = cases.openHousehold("emergency", "assistance");
        java.util.UUID member = jdbc.sql("select person_id from casework.case_member where case_id = :c limit 1")
                .param("c", household.value())
                .query(java.util.UUID.class)
                .single();
        Site site = emergency.addSite(null, "Beneficiary test site", null, null);
        emergency.issue(site.id(), "kitchen_set", 5, LocalDate.now(), "WB-4004");
        Distribution toMember = emergency.distributeTo(household, member, site.id(), "kitchen_set", 1, LocalDate.now());
        Distribution toHousehold = emergency.distribute(household, site.id(), "kitchen_set", 1, LocalDate.now());
        assertThat(toMember.personId()).isEqualTo(member);
        assertThat(toMember.householdId()).isNotNull();
        assertThat(toHousehold.personId()).isNull();
        assertThat(toHousehold.householdId()).isEqualTo(toMember.householdId());
        assertThatThrownBy(() -> emergency.distributeTo(
                        household, java.util.UUID.randomUUID(), site.id(), "kitchen_set", 1, LocalDate.now()))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(ProgrammeFixtures.keys((RuleViolation) e))
                        .containsExactly("emergency.beneficiary.not-member"));
        assertThat(emergency.history(household)).hasSize(2);
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aRetiredItemIsNoLongerDistributed() {
        CaseId c = cases.open("emergency", "assistance");
        Site site = emergency.addSite(null, "Retired item site", null, null);
        emergency.issue(site.id(), "solar_lamp", 5, LocalDate.now(), "WB-3003");
        items.save("solar_lamp", "Solar lamp", "piece", false);
        try {
            assertThatThrownBy(() -> emergency.distribute(c, site.id(), "solar_lamp", 1, LocalDate.now()))
                    .isInstanceOf(RuleViolation.class)
                    .satisfies(e -> assertThat(ProgrammeFixtures.keys((RuleViolation) e))
                            .containsExactly("emergency.item.unknown"));
        } finally {
            items.save("solar_lamp", "Solar lamp", "piece", true);
        }
    }

    @Autowired
    ItemService items;
}
