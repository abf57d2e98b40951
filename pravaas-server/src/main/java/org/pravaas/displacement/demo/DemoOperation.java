package org.pravaas.displacement.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pravaas.displacement.DisplacementImports;
import org.pravaas.displacement.ImportKind;
import org.pravaas.displacement.ImportReport;
import org.pravaas.displacement.RowProblem;
import org.pravaas.displacement.location.AdminAreas;
import org.pravaas.displacement.location.LocationFiles;
import org.pravaas.displacement.operation.Operation;
import org.pravaas.displacement.operation.OperationService;
import org.pravaas.displacement.operation.Operations;
import org.pravaas.displacement.operation.Round;
import org.pravaas.organization.Access;
import org.pravaas.organization.OfficeId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demonstration operation of the Cox's Bazar sub-office: Bangladesh's simplified boundaries
 * and ten sites from our own files, six rounds (the last still open), assessments and a year of
 * daily flow counts generated and imported through the same checks as an enumerator's files.
 */
@Component
public class DemoOperation {
    public static final String CODE = "BGD-CXB";
    private static final String DIR = "/displacement/bd/";
    private final LocationFiles locations;
    private final AdminAreas areas;
    private final OperationService operations;
    private final Operations rounds;
    private final DisplacementImports imports;
    private final Access access;

    DemoOperation(
            LocationFiles locations,
            AdminAreas areas,
            OperationService operations,
            Operations rounds,
            DisplacementImports imports,
            Access access) {
        this.locations = locations;
        this.areas = areas;
        this.operations = operations;
        this.rounds = rounds;
        this.imports = imports;
        this.access = access;
    }

    /** Loads the boundaries, sites and flow points; true when they were not there yet. */
    @Transactional
    public boolean loadLocations() throws IOException {
        if (areas.byPcode("BD").isPresent()) {
            return false;
        }
        for (int level = 0; level <= 3; level++) {
            try (Reader in = reader("admin" + level + ".geojson")) {
                require(locations.loadBoundaries(in));
            }
        }
        try (Reader sites = reader("sites.csv")) {
            require(locations.loadSites(new org.pravaas.displacement.files.CsvTable(sites)));
        }
        return true;
    }

    /** The operation with its rounds, assessments, events and a year of flow counts up to {@code today}. */
    @Transactional
    public Optional<Operation> load(LocalDate today, boolean withFlows) throws Exception {
        loadLocations();
        if (rounds.byCode(CODE).isPresent()) {
            return Optional.empty();
        }
        UUID office = access.officeByCode("BD-CXB").map(OfficeId::value).orElseGet(UUID::randomUUID);
        int bd = areas.byPcode("BD").orElseThrow().id();
        Operation op = operations.createUnchecked(
                CODE, "Cox's Bazar displacement tracking", office, bd, new java.math.BigDecimal("2.00"));
        try (Reader points = reader("flow_points.csv")) {
            check(imports.importFileAsOperator(CODE, ImportKind.FLOW_POINTS, points, false, "system"));
        }
        DemoFigures generated = new DemoFigures(20261124L);
        List<LocalDate> starts = DemoFigures.roundStarts(today);
        for (int n = 1; n <= starts.size(); n++) {
            Round r = operations.openRoundUnchecked(
                    op.id(), n, starts.get(n - 1), starts.get(n - 1).plusDays(13));
            String csv = generated.assessments(r);
            check(imports.importFileAsOperator(CODE, ImportKind.ASSESSMENTS, new StringReader(csv), false, "system"));
            if (n < starts.size()) {
                operations.publishUnchecked(r.id());
            }
        }
        if (withFlows) {
            String flows = generated.flows(today.minusDays(364), today);
            check(imports.importFileAsOperator(CODE, ImportKind.FLOWS, new StringReader(flows), false, "system"));
            String surveys = generated.surveys(today.minusDays(90), today);
            check(imports.importFileAsOperator(
                    CODE, ImportKind.FLOW_SURVEYS, new StringReader(surveys), false, "system"));
        }
        return Optional.of(op);
    }

    private static void check(ImportReport report) {
        require(report.problems());
    }

    private static void require(List<RowProblem> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("demo data refused: " + problems.subList(0, Math.min(5, problems.size())));
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DemoOperation.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IOException("missing resource " + DIR + name);
        }
        return in;
    }

    private static Reader reader(String name) throws IOException {
        return new InputStreamReader(resource(name), StandardCharsets.UTF_8);
    }
}
