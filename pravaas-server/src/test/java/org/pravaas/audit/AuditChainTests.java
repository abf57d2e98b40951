package org.pravaas.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
