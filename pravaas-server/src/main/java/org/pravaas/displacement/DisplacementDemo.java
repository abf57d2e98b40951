package org.pravaas.displacement;

import java.time.LocalDate;
import java.util.UUID;
import org.pravaas.displacement.demo.DemoOperation;
import org.pravaas.displacement.figures.Dashboard;
import org.pravaas.displacement.figures.DashboardFigures;
import org.pravaas.displacement.operation.Operation;
import org.pravaas.displacement.operation.Operations;
import org.pravaas.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The demonstration operation (Cox's Bazar, Bangladesh) for the demo server and the benchmark,
 * and an operation's dashboard as the benchmark times it.
 */
@Service
public class DisplacementDemo {
    public static final String OPERATION = DemoOperation.CODE;
    private final DemoOperation demo;
    private final Operations operations;
    private final DashboardFigures dashboards;

    DisplacementDemo(DemoOperation demo, Operations operations, DashboardFigures dashboards) {
        this.demo = demo;
        this.operations = operations;
        this.dashboards = dashboards;
    }

    /** Loads the demo operation unless it is there; its id. */
    public UUID load(LocalDate today, boolean withFlows) throws Exception {
        demo.load(today, withFlows);
        return operations.byCode(OPERATION).map(Operation::id).orElseThrow();
    }

    /** Runs every dashboard query of an operation as its enumerators see it; the number of figures. */
    public int dashboard(String operationCode) {
        Operation op =
                operations.byCode(operationCode).orElseThrow(() -> new NotFoundException("operation", operationCode));
        Dashboard d = dashboards.of(op.id(), true);
        return d.rounds().size()
                + d.areas().size()
                + d.originDestination().size()
                + d.flows().size()
                + d.events().size()
                + d.needs().size()
                + d.areaRounds().size()
                + d.surveys().size();
    }
}
