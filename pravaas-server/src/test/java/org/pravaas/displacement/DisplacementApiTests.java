package org.pravaas.displacement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.displacement.location.AdminAreas;
import org.pravaas.displacement.operation.Operation;
import org.pravaas.displacement.operation.OperationService;
import org.pravaas.displacement.operation.Operations;
import org.pravaas.organization.Access;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read API partners consume: the public displacement-tracking shape, filters, published
 * rounds only, and small cells withheld so that none can be recovered from a total.
 */
@PravaasTest
class DisplacementApiTests {
    private static final String TOKEN = "pravaas-demo-admin-token";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    DisplacementImports imports;

    @Autowired
    OperationService operations;

    @Autowired
    Operations rounds;

    @Autowired
    AdminAreas areas;

    @Autowired
    Access access;

    @Test
    void admin1FiguresOfTheDemoOperationComeInThePublicShape() throws Exception {
        JsonNode body = get("/api/v1/displacement/admin1?operation=BGD-CXB&roundNumber=2");
        assertThat(body.get("isSuccess").asBoolean()).isTrue();
        assertThat(body.get("errorMessages").size()).isZero();
        JsonNode result = body.get("result");
        assertThat(result.size()).isPositive();
        JsonNode first = result.get(0);
        for (String field : List.of(
                "operation",
                "admin0Name",
                "admin0Pcode",
                "admin1Name",
                "admin1Pcode",
                "numPresentIdpInd",
                "reportingDate",
                "roundNumber",
                "displacementReason",
                "numberMales",
                "numberFemales",
                "idpOriginAdmin1Name",
                "assessmentType")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        for (JsonNode record : result) {
            assertThat(record.get("roundNumber").asInt()).isEqualTo(2);
            assertThat(record.get("admin0Pcode").asString()).isEqualTo("BD");
            assertThat(record.get("admin1Pcode").asString()).isEqualTo("BD20");
        }
    }

    @Test
    void theOpenRoundIsNotPublishedAndFiltersNarrowTheAnswer() throws Exception {
        assertThat(get("/api/v1/displacement/admin2?operation=BGD-CXB&roundNumber=6")
                        .get("result")
                        .size())
                .isZero();
        assertThat(get("/api/v1/displacement/admin2?operation=BGD-CXB&admin1Pcode=BD10")
                        .get("result")
                        .size())
                .isZero();
        JsonNode admin2 = get("/api/v1/displacement/admin2?operation=BGD-CXB&roundNumber=1")
                .get("result");
        assertThat(admin2.size()).isGreaterThanOrEqualTo(3);
        JsonNode admin0 = get("/api/v1/displacement/admin0?operation=BGD-CXB&fromDate=2000-01-01&toDate=2000-12-31");
        assertThat(admin0.get("result").size()).isZero();
    }

    @Test
    void aSmallAreaAndItsSmallestSiblingAreWithheldSoTheAdmin1TotalGivesNeitherAway() throws Exception {
        Operation op = DisplacementFixtures.operation(operations, areas, access, imports);
        String csv = DisplacementFixtures.ASSESSMENT_HEADER
                + baseline(op, "BD2003", 3, "2026-01-03")
                + baseline(op, "BD2015", 40, "2026-01-04")
                + baseline(op, "BD2022", 500, "2026-01-05");
        assertThat(DisplacementFixtures.load(imports, op, ImportKind.ASSESSMENTS, csv, false)
                        .ok())
                .isTrue();
        operations.publishUnchecked(rounds.round(op.id(), 1).orElseThrow().id());

        Map<String, JsonNode> admin2 = new java.util.HashMap<>();
        get("/api/v1/displacement/admin2?operation=" + op.code())
                .get("result")
                .forEach(r -> admin2.put(r.get("admin2Pcode").asString(), r));
        assertThat(admin2.get("BD2003").get("numPresentIdpInd").isNull()).isTrue();
        assertThat(admin2.get("BD2015").get("numPresentIdpInd").isNull())
                .as("complementary")
                .isTrue();
        assertThat(admin2.get("BD2022").get("numPresentIdpInd").asLong()).isEqualTo(500);
        assertThat(admin2.get("BD2003").get("numberMales").isNull()).isTrue();
        assertThat(admin2.get("BD2003").get("numberFemales").isNull()).isTrue();
        JsonNode admin1 =
                get("/api/v1/displacement/admin1?operation=" + op.code()).get("result");
        assertThat(admin1.get(0).get("numPresentIdpInd").asLong()).isEqualTo(543);
    }

    @Test
    void aParameterOfTheWrongFormIsRefusedInsideTheEnvelope() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + port + "/api/v1/displacement/admin1?roundNumber=first"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Accept-Language", "fr")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("isSuccess").asBoolean()).isFalse();
        assertThat(body.get("errorMessages").get(0).asString()).contains("Le paramètre roundNumber");
    }

    @Test
    void withoutATokenTheApiAnswers401() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/displacement/admin0"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    /** A baseline of an area whose people are all IDPs, split evenly by sex. */
    private static String baseline(Operation op, String area, int people, String date) {
        int f = people / 2;
        return String.join(
                        ",",
                        op.code() + "-" + area,
                        "1",
                        "BASELINE",
                        "",
                        area,
                        date,
                        "1",
                        Integer.toString(people),
                        Integer.toString(people),
                        "0",
                        "0",
                        "0",
                        "0",
                        "0",
                        Integer.toString(f),
                        Integer.toString(people - f),
                        "0",
                        "0",
                        "",
                        "CONFLICT",
                        "",
                        "",
                        "",
                        "")
                + "\n";
    }

    private JsonNode get(String path) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + TOKEN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
