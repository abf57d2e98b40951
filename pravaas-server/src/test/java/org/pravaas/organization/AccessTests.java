package org.pravaas.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.WebClient;
import org.pravaas.organization.office.Office;
import org.pravaas.organization.office.OfficeService;
import org.pravaas.organization.office.Offices;
import org.pravaas.organization.user.UserCommand;
import org.pravaas.organization.user.UserService;
import org.pravaas.shared.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

@PravaasTest
class AccessTests {
    @LocalServerPort
    int port;

    @Autowired
    OfficeService offices;

    @Autowired
    Offices officeTable;

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRegistrarSeesOnlyTheOfficesOfTheirOwnSubtree() {
        actAs("registrar");
        String jordan = officeTable.findByCode("JO-AMM").orElseThrow().path();
        var visible = offices.search(new Offices.Query(null, null, null), PageRequest.first(200))
                .items();
        assertThat(visible)
                .extracting(Office::code)
                .contains("JO-AMM", "JO-MFQ")
                .doesNotContain("HQ", "RO-MENA", "KR-SEL");
        assertThat(visible).allSatisfy(o -> assertThat(o.path()).startsWith(jordan));
    }

    @Autowired
    Access access;

    @Test
    void otherModulesGetTheIdsOfTheOfficesInScope() {
        actAs("registrar");
        assertThat(access.officesInScope())
                .contains(officeTable.findByCode("JO-MFQ").orElseThrow().id())
                .doesNotContain(officeTable.findByCode("HQ").orElseThrow().id());
    }

    @Test
    void theServiceRefusesAnOfficeOutsideTheScopeWhateverPageAsks() {
        actAs("registrar");
        UUID seoul = officeTable.findByCode("KR-SEL").orElseThrow().id();
        assertThatThrownBy(() -> offices.get(seoul)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRegistrarOpeningAnotherMissionsPageGets403() throws Exception {
        UUID seoul = officeTable.findByCode("KR-SEL").orElseThrow().id();
        UUID amman = officeTable.findByCode("JO-AMM").orElseThrow().id();
        WebClient browser = new WebClient(port);
        browser.signIn("registrar", "pravaas-demo");
        assertThat(browser.get("/admin/offices/" + amman).statusCode()).isEqualTo(200);
        HttpResponse<String> denied = browser.get("/admin/offices/" + seoul);
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("id=\"error-403\"");
    }

    @Test
    void aNonAdministratorCannotOpenTheUserAdministration() throws Exception {
        WebClient browser = new WebClient(port);
        browser.signIn("viewer", "pravaas-demo");
        assertThat(browser.get("/admin/users").statusCode()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() throws Exception {
        WebClient browser = new WebClient(port);
        assertThat(browser.signIn("admin", "not-the-password")).endsWith("/login?error=bad");
        assertThat(browser.get("/login?error=bad").body()).contains("The user name or password is wrong.");
    }

    @Test
    void repeatedFailuresLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        String username = newUser(Role.VIEWER);
        WebClient browser = new WebClient(port);
        for (int i = 0; i < 3; i++) {
            browser.signIn(username, "wrong-password-" + i);
        }
        assertThat(browser.signIn(username, "a long enough password")).endsWith("/login?error=locked");
    }

    @Test
    void signingInReturnsToThePageAskedForButNotToABrowsersBackgroundRequest() throws Exception {
        WebClient browser = new WebClient(port);
        browser.get("/admin/partners");
        browser.get("/.well-known/appspecific/com.chrome.devtools.json");
        assertThat(browser.signIn("partner", "pravaas-demo"))
                .contains("/admin/partners")
                .doesNotContain("well-known");
    }

    @Test
    void theSessionIdChangesWhenSigningIn() throws Exception {
        WebClient browser = new WebClient(port);
        browser.get("/login");
        String before = browser.cookie("JSESSIONID");
        browser.signIn("viewer", "pravaas-demo");
        assertThat(browser.cookie("JSESSIONID")).isNotBlank().isNotEqualTo(before);
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        WebClient browser = new WebClient(port);
        browser.signIn("admin", "pravaas-demo");
        var response = browser.postRaw("/admin/offices", Map.of("code", "XX-NOP", "name", "No token"), "");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(officeTable.findByCode("XX-NOP")).isEmpty();
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() throws Exception {
        var headers = new WebClient(port).get("/login").headers();
        assertThat(headers.firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void theLanguageAUserChoosesIsRememberedForTheirNextSession() throws Exception {
        String username = newUser(Role.VIEWER);
        WebClient first = new WebClient(port);
        first.signIn(username, "a long enough password");
        assertThat(first.get("/?lang=ar").body()).contains("dir=\"rtl\"").contains("lang=\"ar\"");
        WebClient second = new WebClient(port);
        second.signIn(username, "a long enough password");
        assertThat(second.get("/").body()).contains("dir=\"rtl\"");
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdministratorRole() {
        actAs("admin");
        var me = users.search(
                        new org.pravaas.organization.user.Users.Query(null, null, null),
                        new PageRequest(0, 10, null, true, "admin"))
                .items()
                .get(0);
        var command = new UserCommand(
                me.username(), me.fullName(), me.email(), me.officeId(), null, "en", Set.of(Role.VIEWER), true, null);
        assertThatThrownBy(() -> users.change(me.id(), me.version(), command))
                .hasMessageContaining("user.self-lockout");
    }

    private String newUser(Role role) {
        actAs("admin");
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        UUID hq = officeTable.findByCode("HQ").orElseThrow().id();
        users.create(new UserCommand(
                username,
                "Test User",
                username + "@test.example",
                hq,
                null,
                "en",
                Set.of(role),
                true,
                "a long enough password"));
        SecurityContextHolder.clearContext();
        return username;
    }

    private void actAs(String username) {
        UserDetails principal = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
