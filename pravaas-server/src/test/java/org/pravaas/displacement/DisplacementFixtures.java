package org.pravaas.displacement;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.pravaas.displacement.location.AdminAreas;
import org.pravaas.displacement.operation.Operation;
import org.pravaas.displacement.operation.OperationService;
import org.pravaas.organization.Access;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Fresh operations for tests, so that no test sees another's rounds, and CSV helpers. */
final class DisplacementFixtures {
    static final String ASSESSMENT_HEADER =
            "submission_id,round,kind,site_code,area_pcode,assessed_on,households,individuals,idps,returnees,refugees,"
                    + "host,female_children,male_children,female_adults,male_adults,female_elderly,male_elderly,"
                    + "origin_pcode,reason,displaced_on,shelter,needs,comment\n";
    static final String FLOW_HEADER = "point,date,direction,nationality,transport,destination_pcode,female_children,"
            + "male_children,female_adults,male_adults,female_elderly,male_elderly,total\n";

    private DisplacementFixtures() {}

    /** A new operation of the Cox's Bazar office with round 1 in January 2026 and round 2 in March. */
    static Operation operation(
            OperationService operations, AdminAreas areas, Access access, DisplacementImports imports)
            throws Exception {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
        UUID office = access.officeByCode("BD-CXB").orElseThrow().value();
        Operation op = operations.createUnchecked(
                code, "Test " + code, office, areas.byPcode("BD").orElseThrow().id(), new BigDecimal("2.00"));
        operations.openRoundUnchecked(op.id(), 1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 14));
        operations.openRoundUnchecked(op.id(), 2, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 14));
        String points = "code,name,kind,area_pcode,latitude,longitude\n" + code + "-P1,Test crossing,BORDER,BD202294,"
                + "21.17,92.22\n";
        imports.importFileAsOperator(code, ImportKind.FLOW_POINTS, new StringReader(points), false, "test");
        return op;
    }

    /** One assessment row: individuals split 10 % IDPs, 90 % refugees, and evenly in the six sex-age cells. */
    static String row(
            String submission, int round, String site, String date, int individuals, String origin, String comment) {
        int idps = individuals / 10;
        int cell = individuals / 6;
        int last = individuals - 5 * cell;
        return String.join(
                        ",",
                        submission,
                        Integer.toString(round),
                        "SITE",
                        site,
                        "",
                        date,
                        Integer.toString(Math.max(1, individuals / 5)),
                        Integer.toString(individuals),
                        Integer.toString(idps),
                        "0",
                        Integer.toString(individuals - idps),
                        "0",
                        Integer.toString(cell),
                        Integer.toString(cell),
                        Integer.toString(cell),
                        Integer.toString(cell),
                        Integer.toString(cell),
                        Integer.toString(last),
                        origin,
                        "CONFLICT",
                        "",
                        "tarpaulin",
                        "food;water",
                        comment)
                + "\n";
    }

    static ImportReport load(DisplacementImports imports, Operation op, ImportKind kind, String csv, boolean dryRun)
            throws Exception {
        return imports.importFileAsOperator(op.code(), kind, new StringReader(csv), dryRun, "test");
    }

    static void signIn(UserDetailsService accounts, String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
