package org.pravaas.displacement;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.pravaas.displacement.assessment.AssessmentImport;
import org.pravaas.displacement.files.CsvTable;
import org.pravaas.displacement.flow.FlowCountImport;
import org.pravaas.displacement.flow.FlowPoints;
import org.pravaas.displacement.flow.FlowSurveyImport;
import org.pravaas.displacement.location.LocationFiles;
import org.pravaas.displacement.operation.Operation;
import org.pravaas.displacement.operation.OperationService;
import org.pravaas.displacement.operation.Operations;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.io.TabularFileException;
import org.pravaas.shared.io.TabularFiles;
import org.pravaas.shared.io.TabularReader;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Imports an enumerators' file into an operation: assessments, daily flow counts, flow surveys,
 * and (administrators) boundaries, sites and flow points; CSV or XLSX. Each row is checked; a file with any problem stores nothing and the report lists
 * every problem with its row, column and reason; a dry run checks without storing.
 */
@Service
public class DisplacementImports {
    private final Operations operations;
    private final OperationService access;
    private final AssessmentImport assessments;
    private final FlowCountImport flows;
    private final FlowSurveyImport surveys;
    private final LocationFiles locations;
    private final FlowPoints points;

    DisplacementImports(
            Operations operations,
            OperationService access,
            AssessmentImport assessments,
            FlowCountImport flows,
            FlowSurveyImport surveys,
            LocationFiles locations,
            FlowPoints points) {
        this.operations = operations;
        this.access = access;
        this.assessments = assessments;
        this.flows = flows;
        this.surveys = surveys;
        this.locations = locations;
        this.points = points;
    }

    /**
     * As the signed-in user, who must be allowed to enter the operation's data; boundaries, sites
     * and flow points only by an administrator.
     */
    public ImportReport importFile(String operationCode, ImportKind kind, Reader csv, boolean dryRun)
            throws IOException, SQLException {
        Operation op = operationFor(operationCode, kind);
        String by = access.requireEnter(op).username();
        if (kind == ImportKind.BOUNDARIES) {
            return loadLocations(kind, csv);
        }
        return run(op, kind, new CsvTable(csv), dryRun, by);
    }

    /**
     * An uploaded file, CSV or XLSX (recognised by its content), as the signed-in user. A file
     * that cannot be read as a table is reported as one problem, with the reason.
     */
    public ImportReport importUpload(String operationCode, ImportKind kind, Path file, String name, boolean dryRun)
            throws IOException, SQLException {
        if (kind == ImportKind.BOUNDARIES) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return importFile(operationCode, kind, reader, dryRun);
            }
        }
        Operation op = operationFor(operationCode, kind);
        String by = access.requireEnter(op).username();
        try (TabularReader rows = TabularFiles.open(file, name)) {
            return run(op, kind, CsvTable.of(rows), dryRun, by);
        } catch (TabularFileException e) {
            return new ImportReport(
                    kind.name().toLowerCase(java.util.Locale.ROOT),
                    0,
                    0,
                    0,
                    List.of(new RowProblem(e.row(), "", e.messageKey(), e.args())),
                    dryRun,
                    0);
        }
    }

    /** For the command line, which acts on the database as its operator, without a web session. */
    public ImportReport importFileAsOperator(
            String operationCode, ImportKind kind, Reader csv, boolean dryRun, String by)
            throws IOException, SQLException {
        return run(operation(operationCode), kind, new CsvTable(csv), dryRun, by);
    }

    /** Boundaries (GeoJSON, one level a file, parents first) or sites (CSV), by the command line's operator. */
    public ImportReport loadLocations(ImportKind kind, Reader file) throws IOException {
        long start = System.currentTimeMillis();
        return switch (kind) {
            case BOUNDARIES -> report("boundaries", locations.loadBoundaries(file), start);
            case SITES -> report("sites", locations.loadSites(new CsvTable(file)), start);
            default -> throw new IllegalArgumentException(kind + " belongs to an operation");
        };
    }

    private Operation operationFor(String code, ImportKind kind) {
        Operation op = operation(code);
        if ((kind.isLocation() || kind == ImportKind.FLOW_POINTS) && !access.mayPublish()) {
            throw new AccessDeniedException("Locations are changed by administrators");
        }
        return op;
    }

    private ImportReport run(Operation op, ImportKind kind, CsvTable table, boolean dryRun, String by)
            throws IOException, SQLException {
        long start = System.currentTimeMillis();
        return switch (kind) {
            case ASSESSMENTS -> assessments.load(op, table, dryRun, by);
            case FLOWS -> flows.load(op, table, dryRun, by);
            case FLOW_SURVEYS -> surveys.load(op, table, dryRun, by);
            case SITES -> report("sites", locations.loadSites(table), start);
            case FLOW_POINTS -> report("flow-points", points.load(op.id(), table), start);
            case BOUNDARIES -> throw new IllegalArgumentException("boundaries are GeoJSON, not a table");
        };
    }

    private Operation operation(String code) {
        return operations.byCode(code).orElseThrow(() -> new NotFoundException("operation", code));
    }

    private static ImportReport report(String kind, List<RowProblem> problems, long start) {
        return new ImportReport(kind, 0, 0, 0, problems, false, System.currentTimeMillis() - start);
    }
}
