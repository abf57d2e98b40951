package org.pravaas.displacement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pravaas.displacement.DisplacementFixtures.ASSESSMENT_HEADER;
import static org.pravaas.displacement.DisplacementFixtures.FLOW_HEADER;
import static org.pravaas.displacement.DisplacementFixtures.load;
import static org.pravaas.displacement.DisplacementFixtures.row;

import java.io.StringReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.displacement.location.AdminAreas;
import org.pravaas.displacement.location.LocationFiles;
import org.pravaas.displacement.operation.Operation;
import org.pravaas.displacement.operation.OperationService;
import org.pravaas.organization.Access;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Importing enumerators' files on the embedded PostgreSQL: every bad row reported with its row,
 * column and reason; nothing half-imported; nothing duplicated on re-import; flows through COPY
 * with the monthly rollup kept equal to the daily counts.
 */
@PravaasTest
class DisplacementImportTests {
    @Autowired
    DisplacementImports imports;

    @Autowired
    OperationService operations;

    @Autowired
    AdminAreas areas;

    @Autowired
    Access access;

    @Autowired
    LocationFiles locations;

    @Autowired
    FlowStatistics statistics;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Operation newOperation() throws Exception {
        return DisplacementFixtures.operation(operations, areas, access, imports);
    }

    private long assessments(Operation op) {
        return jdbc.sql("select count(*) from displacement.assessment a join displacement.round r on r.id = a.round_id"
                        + " where r.operation_id = :op")
                .param("op", op.id())
                .query(Long.class)
                .single();
    }

    @Test
    void aFileWithOneBreakdownThatDoesNotAddUpStoresNothingAndSaysWhichRowAndWhy() throws Exception {
        Operation op = newOperation();
        String good = row(op.code() + "-1", 1, "CXB-001", "2026-01-03", 1200, "BD202290", "")
                + row(op.code() + "-2", 1, "CXB-002", "2026-01-04", 600, "", "");
        String bad = ASSESSMENT_HEADER
                + good
                + row(op.code() + "-3", 1, "CXB-003", "2026-01-05", 300, "", "").replace(",30,0,270,", ",30,0,260,");

        ImportReport refused = load(imports, op, ImportKind.ASSESSMENTS, bad, false);
        assertThat(refused.ok()).isFalse();
        assertThat(refused.problems())
                .extracting(RowProblem::row, RowProblem::field, RowProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "idps", "displacement.rule.groups-add-up"));
        assertThat(assessments(op)).isZero();

        String fixed = ASSESSMENT_HEADER + good + row(op.code() + "-3", 1, "CXB-003", "2026-01-05", 300, "", "");
        assertThat(load(imports, op, ImportKind.ASSESSMENTS, fixed, false).imported())
                .isEqualTo(3);
        ImportReport again = load(imports, op, ImportKind.ASSESSMENTS, fixed, false);
        assertThat(again.imported()).isZero();
        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(assessments(op)).isEqualTo(3);
    }

    @Test
    void unknownCodesDatesOutsideTheRoundAndUnexplainedJumpsAreEachFlaggedWithTheirRow() throws Exception {
        Operation op = newOperation();
        load(
                imports,
                op,
                ImportKind.ASSESSMENTS,
                ASSESSMENT_HEADER + row(op.code() + "-a", 1, "CXB-004", "2026-01-03", 1000, "", ""),
                false);
        String round2 = ASSESSMENT_HEADER
                + row(op.code() + "-b", 2, "CXB-004", "2026-03-02", 2400, "", "")
                + row(op.code() + "-c", 2, "CXB-999", "2026-03-02", 600, "", "")
                + row(op.code() + "-d", 2, "CXB-005", "2026-04-02", 600, "", "")
                + row(op.code() + "-e", 2, "CXB-006", "2026-03-03", 600, "XX99", "")
                + row(op.code() + "-f", 7, "CXB-007", "2026-03-03", 600, "", "");
        ImportReport report = load(imports, op, ImportKind.ASSESSMENTS, round2, false);
        assertThat(report.problems())
                .extracting(p -> p.row() + ":" + p.field() + ":" + p.messageKey())
                .containsExactlyInAnyOrder(
                        "2:comment:displacement.rule.jump-needs-comment",
                        "3:site_code:displacement.location.unknown-pcode",
                        "4:assessed_on:displacement.rule.outside-round",
                        "5:origin_pcode:displacement.location.unknown-pcode",
                        "6:round:displacement.import.unknown-round");
        assertThat(assessments(op)).isEqualTo(1);

        String explained = ASSESSMENT_HEADER
                + row(op.code() + "-b", 2, "CXB-004", "2026-03-02", 2400, "", "New arrivals after the floods");
        assertThat(load(imports, op, ImportKind.ASSESSMENTS, explained, false).ok())
                .isTrue();
        assertThat(assessments(op)).isEqualTo(2);
    }

    @Test
    void aDryRunChecksEveryRowAndStoresNothing() throws Exception {
        Operation op = newOperation();
        String csv = ASSESSMENT_HEADER + row(op.code() + "-x", 1, "CXB-008", "2026-01-06", 500, "", "");
        ImportReport dry = load(imports, op, ImportKind.ASSESSMENTS, csv, true);
        assertThat(dry.ok()).isTrue();
        assertThat(dry.dryRun()).isTrue();
        assertThat(assessments(op)).isZero();
    }

    @Test
    void flowCountsImportOnceThroughCopyAndTheRollupStaysEqualToTheCounts() throws Exception {
        Operation op = newOperation();
        String point = op.code() + "-P1";
        String csv = FLOW_HEADER
                + point + ",2026-02-01,IN,MM,FOOT,BD202294,3,4,5,6,1,1,20\n"
                + point + ",2026-02-01,OUT,BD,BUS,BD30,1,1,1,1,0,0,4\n"
                + point + ",2026-02-02,IN,MM,BOAT,BD202290,2,2,2,2,2,2,12\n";
        ImportReport first = load(imports, op, ImportKind.FLOWS, csv, false);
        assertThat(first.imported()).isEqualTo(3);
        ImportReport again = load(imports, op, ImportKind.FLOWS, csv, false);
        assertThat(again.imported()).isZero();
        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(statistics.byAdmin1AndMonth()).isEqualTo(statistics.byAdmin1AndMonthFromCounts());
        assertThat(statistics.byAdmin1AndMonth())
                .anySatisfy(t -> assertThat(t.admin1Pcode()).isEqualTo("BD20"));

        String bad = FLOW_HEADER
                + point + ",2026-02-03,IN,MM,FOOT,BD202294,3,4,5,6,1,1,20\n"
                + "NOWHERE,2026-02-03,IN,MM,FOOT,BD202294,1,1,1,1,1,1,6\n"
                + point + ",2026-02-03,IN,ZZ,FOOT,BD202294,1,1,1,1,1,1,6\n"
                + point + ",2026-02-03,OUT,MM,FOOT,BD202294,1,1,1,1,1,1,7\n"
                + point + ",2026-02-03,IN,MM,FOOT,BD202294,3,4,5,6,1,1,20\n";
        ImportReport refused = load(imports, op, ImportKind.FLOWS, bad, false);
        assertThat(refused.problems())
                .extracting(p -> p.row() + ":" + p.field())
                .containsExactly("3:point", "4:nationality", "5:total", "6:date");
        assertThat(jdbc.sql("select count(*) from displacement.flow_count c join displacement.flow_point p"
                                + " on p.id = c.point_id where p.code = :p")
                        .param("p", point)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void flowSurveysAreAnonymousAndImportOnce() throws Exception {
        Operation op = newOperation();
        String point = op.code() + "-P1";
        String header = "submission_id,point,surveyed_on,direction,sex,age_group,nationality,origin_pcode,"
                + "destination_pcode,reason,transport\n";
        String rows = op.code() + "-s1," + point + ",2026-02-01,IN,F,18-59,MM,BD202290,BD202294,CONFLICT,FOOT\n"
                + op.code() + "-s2," + point + ",2026-02-01,OUT,M,60+,BD,,BD30,FAMILY,BUS\n";
        assertThat(load(imports, op, ImportKind.FLOW_SURVEYS, header + rows, false)
                        .imported())
                .isEqualTo(2);
        ImportReport again = load(imports, op, ImportKind.FLOW_SURVEYS, header + rows, false);
        assertThat(again.imported()).isZero();
        assertThat(again.duplicates()).isEqualTo(2);
        String named = header.replace("sex,", "name,sex,")
                + rows.replace(",F,", ",Amina,F,").replace(",M,", ",Karim,M,");
        ImportReport refused = load(imports, op, ImportKind.FLOW_SURVEYS, named, false);
        assertThat(refused.problems())
                .extracting(RowProblem::field, RowProblem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("name", "displacement.survey.identifying-column"));
    }

    @Test
    void anXlsxWorkbookImportsThroughTheSameRulesAsCsv() throws Exception {
        Operation op = newOperation();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("assessments-", ".xlsx");
        try {
            try (var out = java.nio.file.Files.newOutputStream(file);
                    var xlsx = new org.pravaas.shared.web.Xlsx(out)) {
                xlsx.row(java.util.Arrays.asList(
                        (Object[]) ASSESSMENT_HEADER.strip().split(",")));
                xlsx.row(java.util.Arrays.asList(
                        (Object[]) row(op.code() + "-x1", 1, "CXB-002", "2026-01-07", 600, "", "")
                                .strip()
                                .split(",", -1)));
                xlsx.row(java.util.Arrays.asList(
                        (Object[]) row(op.code() + "-x2", 1, "CXB-003", "2026-02-07", 600, "", "")
                                .strip()
                                .split(",", -1)));
            }
            DisplacementFixtures.signIn(accounts, "enumerator");
            ImportReport refused =
                    imports.importUpload(op.code(), ImportKind.ASSESSMENTS, file, "assessments.xlsx", false);
            assertThat(refused.problems())
                    .extracting(p -> p.row() + ":" + p.field() + ":" + p.messageKey())
                    .containsExactly("3:assessed_on:displacement.rule.outside-round");
            assertThat(assessments(op)).isZero();
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void aSiteWhoseCoordinatesLieOutsideItsAreaIsRefusedAndNoSiteOfTheFileIsStored() throws Exception {
        String csv = "code,name,local_name,type,area_pcode,latitude,longitude,managing_agency\n"
                + "T-IN,Inside Ukhia,,CAMP,BD202294,21.2,92.15,Test\n"
                + "T-OUT,Teknaf point filed under Ukhia,,CAMP,BD202294,20.95,92.22,Test\n"
                + "T-UNK,Unknown area,,CAMP,BD999999,21.2,92.15,Test\n";
        var problems = locations.loadSites(new org.pravaas.displacement.files.CsvTable(new StringReader(csv)));
        assertThat(problems)
                .extracting(p -> p.row() + ":" + p.field() + ":" + p.messageKey())
                .containsExactly(
                        "3:latitude:displacement.location.outside-area",
                        "4:area_pcode:displacement.location.unknown-pcode");
        assertThat(jdbc.sql("select count(*) from displacement.site where code like 'T-%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anEnumeratorOfTheOfficeImportsAndAViewerMayNot() throws Exception {
        Operation op = newOperation();
        String csv = ASSESSMENT_HEADER + row(op.code() + "-e1", 1, "CXB-009", "2026-01-06", 500, "", "");
        DisplacementFixtures.signIn(accounts, "viewer");
        assertThatThrownBy(() -> imports.importFile(op.code(), ImportKind.ASSESSMENTS, new StringReader(csv), false))
                .isInstanceOf(AccessDeniedException.class);
        DisplacementFixtures.signIn(accounts, "enumerator");
        assertThat(imports.importFile(op.code(), ImportKind.ASSESSMENTS, new StringReader(csv), false)
                        .imported())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit.entry where action = 'displacement.assessments.imported'"
                                + " and actor = 'enumerator' and object_id = :op")
                        .param("op", op.id().toString())
                        .query(Long.class)
                        .single())
                .isPositive();
    }
}
