package org.pravaas.displacement;

import java.io.IOException;
import java.io.Reader;
import java.sql.SQLException;
import java.util.List;
import org.pravaas.displacement.assessment.AssessmentImport;
import org.pravaas.displacement.flow.FlowCountImport;
import org.pravaas.displacement.flow.FlowPoints;
import org.pravaas.displacement.flow.FlowSurveyImport;
import org.pravaas.displacement.location.LocationFiles;
import org.pravaas.displacement.operation.Operation;
import org.pravaas.displacement.operation.OperationService;
import org.pravaas.displacement.operation.Operations;
import org.pravaas.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Imports an enumerators' file into an operation: assessments, daily flow counts, sites or flow
 * points. Each row is checked; a file with any problem stores nothing and the report lists
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
        Operation op = operation(operationCode);
        String by = access.requireEnter(op).username();
        if ((kind.isLocation() || kind == ImportKind.FLOW_POINTS) && !access.mayPublish()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Locations are changed by administrators");
        }
        return run(op, kind, csv, dryRun, by);
    }

    /** Boundaries (GeoJSON, one level a file, parents first) or sites (CSV), by the command line's operator. */
    public ImportReport loadLocations(ImportKind kind, Reader file) throws IOException {
        long start = System.currentTimeMillis();
        return switch (kind) {
            case BOUNDARIES -> report("boundaries", locations.loadBoundaries(file), start);
            case SITES -> report("sites", locations.loadSites(file), start);
            default -> throw new IllegalArgumentException(kind + " belongs to an operation");
        };
    }

    /** For the command line, which acts on the database as its operator, without a web session. */
    public ImportReport importFileAsOperator(
            String operationCode, ImportKind kind, Reader csv, boolean dryRun, String by)
            throws IOException, SQLException {
        return run(operation(operationCode), kind, csv, dryRun, by);
    }

    private ImportReport run(Operation op, ImportKind kind, Reader csv, boolean dryRun, String by)
            throws IOException, SQLException {
        long start = System.currentTimeMillis();
        return switch (kind) {
            case ASSESSMENTS -> assessments.load(op, csv, dryRun, by);
            case FLOWS -> flows.load(op, csv, dryRun, by);
            case FLOW_SURVEYS -> surveys.load(op, csv, dryRun, by);
            case SITES, BOUNDARIES -> loadLocations(kind, csv);
            case FLOW_POINTS -> report("flow-points", points.load(op.id(), csv), start);
        };
    }

    private Operation operation(String code) {
        return operations.byCode(code).orElseThrow(() -> new NotFoundException("operation", code));
    }

    private static ImportReport report(String kind, List<RowProblem> problems, long start) {
        return new ImportReport(kind, 0, 0, 0, problems, false, System.currentTimeMillis() - start);
    }
}
