package org.pravaas.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.audit.AuditLog;
import org.pravaas.audit.AuditQuery;
import org.pravaas.casework.attachment.AttachmentService;
import org.pravaas.casework.consent.ConsentCommand;
import org.pravaas.casework.consent.ConsentService;
import org.pravaas.casework.consent.Recipient;
import org.pravaas.casework.consent.SharedPart;
import org.pravaas.casework.file.CaseAccess;
import org.pravaas.casework.file.ReasonRequiredException;
import org.pravaas.casework.referral.Referral;
import org.pravaas.casework.referral.ReferralService;
import org.pravaas.casework.transfer.TransferService;
import org.pravaas.organization.PartnerDirectory;
import org.pravaas.shared.PageRequest;
import org.pravaas.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Consent, referrals, partners, attachments and restricted cases on the embedded PostgreSQL. */
@PravaasTest
class CaseworkSharingTests {
    private static final List<SharedPart> IDENTITY_ONLY = List.of(SharedPart.IDENTITY);

    @Autowired
    CaseworkFixtures fixtures;

    @Autowired
    Cases cases;

    @Autowired
    ConsentService consents;

    @Autowired
    ReferralService referrals;

    @Autowired
    PartnerDirectory partners;

    @Autowired
    AttachmentService attachments;

    @Autowired
    CaseAccess access;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Recipient legalAid() {
        return new Recipient(
                Recipient.Kind.PARTNER,
                partners.all().stream()
                        .filter(p -> p.name().startsWith("Amman Legal Aid"))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    private void consent(CaseSummary c, Recipient to, List<SharedPart> parts) {
        consents.record(
                c.id(),
                new ConsentCommand(
                        null,
                        "Legal aid",
                        List.of(to.toString()),
                        parts,
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusMonths(1)));
    }

    @Test
    void aReferralWithoutAConsentCoveringTheRecipientAndPartsIsRefused() throws Exception {
        CaseSummary c = fixtures.open("avrr");
        assertThatThrownBy(() -> referrals.refer(c.id(), legalAid(), IDENTITY_ONLY, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("casework.referral.no-consent");
        consent(c, legalAid(), IDENTITY_ONLY);
        assertThatThrownBy(() -> referrals.refer(
                        c.id(), legalAid(), List.of(SharedPart.IDENTITY, SharedPart.CASE_DETAILS), null))
                .hasMessageContaining("casework.referral.no-consent");
        assertThat(referrals.refer(c.id(), legalAid(), IDENTITY_ONLY, null)).isNotNull();
    }

    @Test
    void thePartnerSeesOnlyWhatWasReferredToItAndNeverTheCase() throws Exception {
        CaseSummary c = fixtures.open("avrr");
        fixtures.move(c, "eligibility", java.util.Map.of("country_of_return", "SY"));
        consent(c, legalAid(), IDENTITY_ONLY);
        var id = referrals.refer(c.id(), legalAid(), IDENTITY_ONLY, "Please call");
        fixtures.actAs("partner");
        assertThat(referrals.incoming()).extracting(Referral::id).contains(id);
        Referral seen = referrals.view(id);
        assertThat(seen.shared()).containsOnlyKeys("IDENTITY");
        assertThat(seen.shared().toString()).doesNotContain("SY").doesNotContain("eligibility");
        assertThatThrownBy(() -> cases.read(c.id())).isInstanceOf(AccessDeniedException.class);
        referrals.answer(id, true, null);
        fixtures.actAs("registrar");
        assertThatThrownBy(() -> referrals.view(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void withdrawingTheConsentStopsSharing() throws Exception {
        CaseSummary c = fixtures.open("emergency");
        consent(c, legalAid(), IDENTITY_ONLY);
        var referral = referrals.refer(c.id(), legalAid(), IDENTITY_ONLY, null);
        consents.withdraw(consents.of(c.id()).get(0).id());
        fixtures.actAs("partner");
        Referral seen = referrals.view(referral);
        assertThat(seen.shared()).isNull();
        assertThat(seen.status()).isEqualTo("STOPPED");
        fixtures.actAs("caseworker");
        assertThatThrownBy(() -> referrals.refer(c.id(), legalAid(), IDENTITY_ONLY, null))
                .hasMessageContaining("casework.referral.no-consent");
    }

    @Test
    void anOversizedOrDisguisedAttachmentIsRefusedAndNothingIsStored() throws Exception {
        CaseSummary c = fixtures.open("emergency");
        byte[] exe = "MZ\u0090\u0000 this is a Windows program".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> attachments.upload(c.id(), "invoice.pdf", exe))
                .hasMessageContaining("casework.attachment.type-refused");
        byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> attachments.upload(c.id(), "photo.png", pdf))
                .hasMessageContaining("casework.attachment.type-refused");
        byte[] huge = new byte[(int) attachments.maxBytes() + 1];
        System.arraycopy(pdf, 0, huge, 0, pdf.length);
        assertThatThrownBy(() -> attachments.upload(c.id(), "big.pdf", huge))
                .hasMessageContaining("casework.attachment.too-large");
        assertThat(count(c)).isZero();
        attachments.upload(c.id(), "../../etc/\"passwd\".pdf", pdf);
        assertThat(attachments.of(c.id())).singleElement().satisfies(a -> {
            assertThat(a.filename()).isEqualTo("_passwd_.pdf");
            assertThat(a.contentType()).isEqualTo("application/pdf");
        });
    }

    @Test
    void aRestrictedCaseNeedsAReasonFromANonProtectionOfficerAndTheReadIsAudited() throws Exception {
        CaseSummary c = fixtures.open("protection");
        fixtures.actAs("admin");
        assertThatThrownBy(() -> cases.read(c.id())).isInstanceOf(ReasonRequiredException.class);
        assertThatThrownBy(() -> access.stateReason(c.id(), "because"))
                .hasMessageContaining("casework.restricted.reason-required");
        access.stateReason(c.id(), "Checking the referral to the shelter");
        assertThat(cases.read(c.id()).reference()).isEqualTo(c.reference());
        var reads = audit.search(
                new AuditQuery("admin", "casework.case.read", "case", c.id().toString(), null, null),
                PageRequest.first(10));
        assertThat(reads.items()).isNotEmpty().allSatisfy(e -> assertThat(e.reason())
                .contains("Checking the referral to the shelter"));
        fixtures.actAs("caseworker");
        assertThat(cases.read(c.id()).reference()).isEqualTo(c.reference());
    }

    @Test
    void aTransferMovesTheCaseOnlyWhenTheReceivingOfficeAccepts() throws Exception {
        CaseSummary c = fixtures.open("avrr");
        var amman = offices.byCode("JO-AMM").orElseThrow().value();
        assertThatThrownBy(() -> transfers.propose(c.id(), amman, " "))
                .hasMessageContaining("casework.transfer.reason-required");
        var transfer = transfers.propose(c.id(), amman, "The family moved to Amman");
        assertThatThrownBy(() -> transfers.answer(transfer, true, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(cases.read(c.id()).officeId()).isEqualTo(c.officeId());
        fixtures.actAs("admin");
        assertThat(transfers.incoming())
                .extracting(TransferService.Transfer::id)
                .contains(transfer);
        assertThatThrownBy(() -> transfers.answer(transfer, false, " "))
                .hasMessageContaining("casework.transfer.reason-required");
        transfers.answer(transfer, true, null);
        assertThat(cases.read(c.id()).officeId()).isEqualTo(amman);
        assertThat(cases.read(c.id()).caseworker()).isNull();
        fixtures.actAs("caseworker");
        assertThatThrownBy(() -> cases.read(c.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theReferralListCarriesNoSharedDataAndADeclinedOrExpiredReferralKeepsNoCopy() throws Exception {
        CaseSummary c = fixtures.open("avrr");
        consent(c, legalAid(), IDENTITY_ONLY);
        var declined = referrals.refer(c.id(), legalAid(), IDENTITY_ONLY, null);
        var accepted = referrals.refer(c.id(), legalAid(), IDENTITY_ONLY, null);
        fixtures.actAs("partner");
        assertThat(referrals.incoming())
                .filteredOn(r -> r.id().equals(declined))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.shared()).isNull();
                    assertThat(r.status()).isEqualTo("PENDING");
                });
        assertThat(holdsCopy(declined)).isTrue();
        referrals.answer(declined, false, "Not our area");
        assertThat(holdsCopy(declined)).isFalse();

        referrals.answer(accepted, true, null);
        assertThat(referrals.view(accepted).shared()).isNotNull();
        jdbc.sql("update casework.consent set expires_on = current_date - 1 where case_id = :c")
                .param("c", c.id().value())
                .update();
        assertThat(referrals.view(accepted).shared()).isNull();
        assertThat(holdsCopy(accepted)).isFalse();
    }

    private boolean holdsCopy(java.util.UUID referral) {
        return jdbc.sql("select shared is not null from casework.referral where id = :id")
                .param("id", referral)
                .query(Boolean.class)
                .single();
    }

    @Test
    void workQueuesAreForCaseReadersAndListRestrictedCasesOnlyForProtectionOfficers() throws Exception {
        CaseSummary c = fixtures.open("protection");
        tasks.add(c.id(), "Visit the safe house", "caseworker", LocalDate.now().plusDays(3));
        assertThat(queue()).contains(c.reference());
        fixtures.actAs("admin");
        assertThat(queue()).doesNotContain(c.reference()).isNotEmpty();
        fixtures.actAs("partner");
        assertThatThrownBy(this::queue).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> approvals.pending()).isInstanceOf(AccessDeniedException.class);
    }

    /** The case references of every open task the signed-in user's queue lists. */
    private List<String> queue() {
        List<String> out = new java.util.ArrayList<>();
        for (int p = 0; ; p++) {
            var page = tasks.open(false, false, new PageRequest(p, PageRequest.MAX_SIZE, null, true, null));
            page.items().forEach(t -> out.add(t.caseReference()));
            if (!page.hasNext()) return out;
        }
    }

    @Autowired
    org.pravaas.casework.task.TaskService tasks;

    @Autowired
    org.pravaas.casework.file.Approvals approvals;

    @Autowired
    TransferService transfers;

    @Autowired
    org.pravaas.organization.OfficeDirectory offices;

    private long count(CaseSummary c) {
        return jdbc.sql("select count(*) from casework.attachment where case_id = :c")
                .param("c", c.id().value())
                .query(Long.class)
                .single();
    }

    @Test
    void theReferringOfficeReadsAProtectionReferralOnlyAsItWouldReadTheCase() throws Exception {
        CaseSummary c = fixtures.open("protection");
        consent(c, legalAid(), IDENTITY_ONLY);
        var referral = referrals.refer(c.id(), legalAid(), IDENTITY_ONLY, null);
        assertThat(referrals.view(referral).shared()).isNotNull();
        fixtures.actAs("admin");
        assertThatThrownBy(() -> referrals.view(referral)).isInstanceOf(ReasonRequiredException.class);
        access.stateReason(c.id(), "Checking the referral to legal aid");
        assertThat(referrals.view(referral).shared()).isNotNull();
    }

    @Test
    void theApiCaseListKeepsWhoAProtectionCaseCoversFromThoseWhoAreNotProtectionOfficers() throws Exception {
        CaseSummary c = fixtures.open("protection");
        var http = java.net.http.HttpClient.newHttpClient();
        var list = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                "http://localhost:" + port + "/api/v1/cases?programme=protection&size=200"))
                        .header("Authorization", "Bearer pravaas-demo-admin-token")
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .contains(c.reference())
                .doesNotContain(c.person().value().toString());
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;
}
