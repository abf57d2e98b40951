package org.pravaas.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.casework.definition.DefinitionEdit;
import org.pravaas.casework.definition.DefinitionService;
import org.pravaas.casework.definition.Definitions;
import org.pravaas.casework.definition.FieldType;
import org.pravaas.casework.file.Approvals;
import org.pravaas.casework.file.CaseParts;
import org.pravaas.casework.file.Proposals;
import org.pravaas.casework.file.Transitions;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.StaleUpdateException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The case engine on the embedded PostgreSQL: transitions, required fields, approvals, stale edits. */
@PravaasTest
@RecordApplicationEvents
class CaseworkTests {
    @Autowired
    CaseworkFixtures fixtures;

    @Autowired
    Cases cases;

    @Autowired
    Transitions transitions;

    @Autowired
    Approvals approvals;

    @Autowired
    Proposals proposals;

    @Autowired
    CaseParts parts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    DefinitionService definitionService;

    @Autowired
    Definitions definitions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void opensACaseInTheFirstStageOfTheCurrentDefinitionWithAReferenceAndHistory() throws Exception {
        CaseSummary c = fixtures.open("resettlement");
        assertThat(c.stage()).isEqualTo("referral");
        assertThat(c.reference()).matches("RST-\\d{4}-\\d{6}");
        assertThat(c.open()).isTrue();
        assertThat(parts.history(c.id().value()))
                .extracting(CaseParts.Stay::stage)
                .containsExactly("referral");
        assertThat(events.stream(CaseOpened.class).filter(e -> e.id().equals(c.id())))
                .hasSize(1);
    }

    @Test
    void refusesATransitionTheDefinitionDoesNotAllow() throws Exception {
        CaseSummary c = fixtures.open("resettlement");
        assertThatThrownBy(() -> fixtures.move(c, "decision", Map.of("referral_source", "UNHCR")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("casework.transition.not-allowed");
        assertThat(cases.read(c.id()).stage()).isEqualTo("referral");
    }

    @Test
    void refusesLeavingAStageBeforeItsRequiredFieldsAreFilledAndSavesNothing() throws Exception {
        CaseSummary c = fixtures.open("resettlement");
        assertThatThrownBy(() -> fixtures.move(c, "interview", Map.of()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("referral_source:casework.transition.field-required");
        CaseSummary moved = fixtures.move(c, "interview", Map.of("referral_source", "UNHCR"));
        assertThat(moved.stage()).isEqualTo("interview");
        assertThat(parts.values(c.id().value())).containsEntry("referral_source", "UNHCR");
    }

    @Test
    void refusesAValueOfTheWrongTypeAndKeepsTheOthersUnsaved() throws Exception {
        CaseSummary c = fixtures.open("resettlement");
        c = fixtures.move(c, "interview", Map.of("referral_source", "UNHCR"));
        long version = c.version();
        CaseSummary at = c;
        assertThatThrownBy(() -> transitions.save(at.id(), version, Map.of("interview_date", "31/02/2026")))
                .hasMessageContaining("interview_date:casework.field.invalid-date");
        assertThat(parts.values(c.id().value())).doesNotContainKey("interview_date");
    }

    @Test
    void refusesAStaleEdit() throws Exception {
        CaseSummary c = fixtures.open("emergency");
        transitions.save(c.id(), c.version(), Map.of("household_size", "5"));
        assertThatThrownBy(() -> transitions.save(c.id(), c.version(), Map.of("household_size", "6")))
                .isInstanceOf(StaleUpdateException.class);
        assertThat(parts.values(c.id().value())).containsEntry("household_size", "5");
    }

    @Test
    void aTransitionNeedingApprovalBecomesAProposalTheProposerCannotApprove() throws Exception {
        CaseSummary c = fixtures.open("resettlement");
        c = fixtures.move(c, "interview", Map.of("referral_source", "UNHCR"));
        c = fixtures.move(c, "submission", Map.of("interview_date", "2026-11-20"));
        assertThat(c.stage()).isEqualTo("interview");
        Proposals.Proposal p = proposals.pendingOf(c.id().value()).orElseThrow();
        assertThat(p.proposedBy()).isEqualTo("caseworker");
        assertThatThrownBy(() -> approvals.approve(p.id()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("casework.approval.own-proposal");
        fixtures.actAs("admin");
        approvals.approve(p.id());
        assertThat(cases.read(c.id()).stage()).isEqualTo("submission");
        assertThat(proposals.pendingOf(c.id().value())).isEmpty();
    }

    @Test
    void aFinalStageClosesTheCaseAndAClosedCaseCannotBeChanged() throws Exception {
        CaseSummary c = fixtures.open("emergency");
        CaseSummary closed = fixtures.move(c, "closed", Map.of("household_size", "3", "exit_reason", "Moved on"));
        assertThat(closed.open()).isFalse();
        assertThat(events.stream(CaseClosed.class).filter(e -> e.id().equals(c.id())))
                .hasSize(1);
        assertThatThrownBy(() -> cases.write(c.id())).hasMessageContaining("casework.closed");
    }

    @Test
    void anEditedDefinitionIsANewVersionAndOpenCasesKeepTheirsUntilUpgraded() throws Exception {
        CaseSummary old = fixtures.open("emergency");
        fixtures.actAs("caseworker");
        assertThatThrownBy(() -> definitionService.edit("emergency", old.definitionVersion(), addSiteCode()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        fixtures.actAs("admin");
        int before = definitions.programme("emergency").currentVersion();
        definitionService.edit("emergency", before, addSiteCode());
        assertThatThrownBy(() -> definitionService.edit("emergency", before, addSiteCode()))
                .isInstanceOf(StaleUpdateException.class);
        CaseSummary fresh = fixtures.open("emergency");
        assertThat(fresh.definitionVersion()).isEqualTo(before + 1);
        transitions.save(fresh.id(), fresh.version(), Map.of("site_code", "BQ-12"));
        assertThat(parts.values(fresh.id().value())).containsEntry("site_code", "BQ-12");
        CaseSummary kept = cases.read(old.id());
        assertThat(kept.definitionVersion()).isLessThan(before + 1);
        assertThatThrownBy(() -> transitions.save(kept.id(), kept.version(), Map.of("site_code", "BQ-12")))
                .hasMessageContaining("site_code:casework.field.not-in-stage");
        transitions.upgrade(kept.id(), kept.version());
        CaseSummary upgraded = cases.read(old.id());
        assertThat(upgraded.definitionVersion()).isEqualTo(before + 1);
        transitions.save(upgraded.id(), upgraded.version(), Map.of("site_code", "BQ-12"));
        assertThat(definitions.get("emergency", before).field("site_code")).isEmpty();
    }

    private static DefinitionEdit addSiteCode() {
        return new DefinitionEdit(
                DefinitionEdit.Kind.ADD_FIELD,
                "registration",
                "site_code",
                Map.of("en", "Site code", "fr", "Code du site"),
                FieldType.TEXT,
                false,
                null,
                null,
                null);
    }

    @Test
    void aProposalStillWaitingWhenTheCaseIsWithdrawnLeavesTheApproversQueue() throws Exception {
        CaseSummary c = fixtures.open("resettlement");
        c = fixtures.move(c, "interview", Map.of("referral_source", "UNHCR"));
        fixtures.move(c, "submission", Map.of("interview_date", "2026-10-01"));
        var proposal = proposals.pendingOf(c.id().value()).orElseThrow();
        fixtures.move(cases.read(c.id()), "withdrawn", Map.of("exit_reason", "The family moved on"));
        assertThat(proposals.pendingOf(c.id().value())).isEmpty();
        assertThat(jdbc.sql("select status from casework.proposal where id = :id")
                        .param("id", proposal.id())
                        .query(String.class)
                        .single())
                .isEqualTo("SUPERSEDED");
        fixtures.actAs("admin");
        assertThat(approvals.pending()).extracting(Proposals.Proposal::id).doesNotContain(proposal.id());
    }

    @Autowired
    org.pravaas.casework.task.TaskService tasks;

    @Autowired
    org.pravaas.casework.file.Timeline timeline;

    @Test
    void anOpenTaskIsReassignedAgainstItsVersionAndADoneOneIsNot() throws Exception {
        CaseSummary c = fixtures.open("avrr");
        var id = tasks.add(
                c.id(),
                "Call the family",
                "caseworker",
                java.time.LocalDate.now().plusDays(2));
        var before = tasks.ofCase(c.id()).get(0);
        var due = java.time.LocalDate.now().plusDays(9);
        tasks.reassign(id, before.version(), " registrar ", due);
        var after = tasks.ofCase(c.id()).get(0);
        assertThat(after.assignee()).isEqualTo("registrar");
        assertThat(after.dueOn()).isEqualTo(due);
        assertThatThrownBy(() -> tasks.reassign(id, before.version(), "admin", null))
                .isInstanceOf(StaleUpdateException.class);
        assertThat(timeline.of(c.id().value(), 20))
                .extracting(org.pravaas.casework.file.Timeline.Line::messageKey)
                .contains("casework.timeline.task-reassigned");
        tasks.done(id, after.version());
        assertThatThrownBy(() -> tasks.reassign(id, after.version() + 1, "admin", null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("casework.task.already-done");
    }

    @Test
    void valuesSavedWithAMoveAreAuditedLikeAFormSave() throws Exception {
        CaseSummary c = fixtures.open("resettlement");
        fixtures.move(c, "interview", Map.of("referral_source", "UNHCR"));
        assertThat(jdbc.sql("select action from audit.entry where object_id = :c order by seq")
                        .param("c", c.id().toString())
                        .query(String.class)
                        .list())
                .contains("casework.case.saved", "casework.case.moved");
    }
}
