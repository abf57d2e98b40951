package org.pravaas.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.WebClient;
import org.pravaas.organization.office.Offices;
import org.pravaas.organization.user.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Users, partners, tokens and the audit page, as administrators and others use them. */
@PravaasTest
class PeoplePagesTests {
    private static final Pattern SECRET = Pattern.compile("<code class=\"secret\">(pvs_[^<]+)</code>");

    @LocalServerPort
    int port;

    @Autowired
    Offices offices;

    @Autowired
    Users users;

    @Test
    void anAdministratorCreatesAUserWhoCanThenSignIn() throws Exception {
        WebClient admin = signedIn("admin");
        String username = "new" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> form = new HashMap<>();
        form.put("username", username);
        form.put("fullName", "Nadia Rahman");
        form.put("email", username + "@example.org");
        form.put("officeId", offices.findByCode("BD-DAC").orElseThrow().id().toString());
        form.put("language", "en");
        form.put("roles", "REGISTRAR");
        form.put("active", "true");
        form.put("password", "short");
        var refused = admin.post("/admin/users/new", "/admin/users", form);
        assertThat(refused.body()).contains("at least 12 characters");
        assertThat(users.findLogin(username)).isEmpty();
        form.put("password", "monsoon arrives in june");
        assertThat(admin.post("/admin/users/new", "/admin/users", form).statusCode())
                .isEqualTo(302);
        WebClient newcomer = new WebClient(port);
        assertThat(newcomer.signIn(username, "monsoon arrives in june")).doesNotContain("error");
        assertThat(newcomer.get("/").body()).contains("Nadia Rahman").contains("BD-DAC");
    }

    @Test
    void aTokenIsShownOnceWorksOnTheApiAndStopsWhenRevoked() throws Exception {
        WebClient viewer = signedIn("viewer");
        var page = viewer.post("/account", "/account/tokens", Map.of("name", "reporting script", "days", "30"));
        Matcher secret = SECRET.matcher(page.body());
        assertThat(secret.find()).isTrue();
        assertThat(api(secret.group(1)).statusCode()).isEqualTo(200);
        assertThat(viewer.get("/account").body())
                .doesNotContain(secret.group(1))
                .contains("reporting script");
        String tokenId = page.body().replaceAll("(?s).*action=\"/account/tokens/([0-9a-f-]{36})/revoke\".*", "$1");
        viewer.post("/account", "/account/tokens/" + tokenId + "/revoke", Map.of());
        assertThat(api(secret.group(1)).statusCode()).isEqualTo(401);
    }

    @Test
    void aPartnerUserSeesOnlyTheirOwnOrganisation() throws Exception {
        WebClient partner = signedIn("partner");
        String list = partner.get("/admin/partners").body();
        assertThat(list).contains("Amman Legal Aid Network").doesNotContain("Coastal Shelter Alliance");
        String other = users.findLogin("admin").isPresent() ? otherPartnerId() : "";
        assertThat(partner.get("/admin/partners/" + other).statusCode()).isEqualTo(403);
    }

    @Test
    void aContactAddedWithHtmxComesBackAsTheContactsFragment() throws Exception {
        WebClient admin = signedIn("admin");
        String id = partnerId(admin, "Coastal Shelter Alliance");
        var invalid = admin.post(
                "/admin/partners/" + id,
                "/admin/partners/" + id + "/contacts",
                Map.of("name", "", "email", "not-an-address"));
        assertThat(invalid.body()).contains("Required.").contains("Not an e-mail address.");
        var added = admin.post(
                "/admin/partners/" + id,
                "/admin/partners/" + id + "/contacts",
                Map.of(
                        "name",
                        "Shapla Begum",
                        "title",
                        "Site manager",
                        "email",
                        "site@csa.example",
                        "phone",
                        "+880 1700 000000"));
        assertThat(added.body()).contains("Shapla Begum");
    }

    @Test
    void theAuditPageFindsActionsAndVerifiesTheChain() throws Exception {
        WebClient admin = signedIn("admin");
        assertThat(admin.get("/admin/audit?action=login.").body()).contains("login.succeeded");
        assertThat(admin.post("/admin/audit", "/admin/audit/verify", Map.of()).body())
                .contains("alert-success")
                .contains("The audit log is intact");
    }

    @Test
    void errorPagesSpeakTheUsersLanguage() throws Exception {
        WebClient admin = signedIn("admin");
        admin.get("/?lang=fr");
        var missing = admin.get("/admin/offices/" + UUID.randomUUID());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body())
                .contains("lang=\"fr\"")
                .contains("id=\"error-404\"")
                .doesNotContain("Not found");
        admin.get("/?lang=en");
    }

    private WebClient signedIn(String username) throws Exception {
        WebClient client = new WebClient(port);
        client.signIn(username, "pravaas-demo");
        return client;
    }

    private String otherPartnerId() throws Exception {
        return partnerId(signedIn("admin"), "Coastal Shelter Alliance");
    }

    private String partnerId(WebClient admin, String name) throws Exception {
        String html = admin.get("/admin/partners?q=" + name.split(" ")[0]).body();
        Matcher m = Pattern.compile("/admin/partners/([0-9a-f-]{36})\">" + name).matcher(html);
        assertThat(m.find()).as("partner " + name + " listed").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> api(String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/offices"))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
