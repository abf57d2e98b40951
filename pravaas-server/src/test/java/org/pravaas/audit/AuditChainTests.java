package org.pravaas.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PravaasTest
class AuditChainTests {
    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signInsAndFailuresAreRecorded() throws Exception {
        WebClient browser = new WebClient(port);
        browser.signIn("caseworker", "wrong password here");
        browser.signIn("caseworker", "pravaas-demo");
        var actions = audit
                .search(
                        new AuditQuery("caseworker", "login.", null, null, null, null),
                        org.pravaas.shared.PageRequest.first(10))
                .items()
                .stream()
                .map(AuditEntry::action)
                .toList();
        assertThat(actions).contains("login.failed", "login.succeeded");
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void aLongTransactionDoesNotHoldUpOthersAuditEntriesAndARollbackLeavesNone() throws Exception {
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        var recorded = new java.util.concurrent.CountDownLatch(1);
        var otherDone = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            var slow = pool.submit(() -> tx.executeWithoutResult(s -> {
                audit.record(new AuditEvent("test.slow", "test", "slow", null, null, null, "tester"));
                recorded.countDown();
                await(otherDone); // still working, inside its transaction, after recording
            }));
            await(recorded);
            // Another user's audited change commits while the slow transaction is still open.
            audit.recordNow(new AuditEvent("test.quick", "test", "quick", null, null, null, "tester"));
            otherDone.countDown();
            slow.get(10, java.util.concurrent.TimeUnit.SECONDS);

            tx.executeWithoutResult(s -> {
                audit.record(new AuditEvent("test.undone", "test", "undone", null, null, null, "tester"));
                s.setRollbackOnly();
            });
        } finally {
            pool.shutdownNow();
        }

        List<String> order = jdbc.sql("select action from audit.entry where action like 'test.%' order by seq")
                .query(String.class)
                .list();
        assertThat(order).containsSubsequence("test.quick", "test.slow").doesNotContain("test.undone");
        assertThat(audit.verify().intact()).isTrue();
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            if (!latch.await(5, java.util.concurrent.TimeUnit.SECONDS)) throw new AssertionError("waited 5 s in vain");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void theLogRefusesUpdatesAndDeletes() {
        audit.recordNow(new AuditEvent("test.entry", "test", "1", null, null, null, "tester"));
        assertThatThrownBy(() -> jdbc.sql("update audit.entry set actor = 'someone else'")
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit.entry").update()).hasMessageContaining("append-only");
    }

    @Test
    void aChangedEntryBreaksTheChainFromThatEntry() {
        AuditEntry entry = audit.recordNow(new AuditEvent("test.tampered", "test", "2", null, null, null, "tester"));
        audit.recordNow(new AuditEvent("test.after", "test", "3", null, null, null, "tester"));
        assertThat(audit.verify().intact()).isTrue();
        tamper(entry.seq(), "test.innocent");
        try {
            ChainVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(entry.seq());
            assertThat(result.problem()).contains("does not match its hash");
        } finally {
            tamper(entry.seq(), "test.tampered");
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    private void tamper(long seq, String action) {
        jdbc.sql("alter table audit.entry disable trigger entry_append_only").update();
        jdbc.sql("update audit.entry set action = :action where seq = :seq")
                .param("action", action)
                .param("seq", seq)
                .update();
        jdbc.sql("alter table audit.entry enable trigger entry_append_only").update();
    }
}
