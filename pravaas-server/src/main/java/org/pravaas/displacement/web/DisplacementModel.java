package org.pravaas.displacement.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.displacement.figures.PublishedFigures;
import org.pravaas.displacement.operation.OperationService;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** What every displacement page needs: whether the user may enter the operation's data. */
@ControllerAdvice(
        assignableTypes = {
            DisplacementController.class,
            MapController.class,
            AssessmentController.class,
            EventController.class,
            ImportController.class
        })
class DisplacementModel {
    private final OperationService operations;
    private final PublishedFigures figures;

    DisplacementModel(OperationService operations, PublishedFigures figures) {
        this.operations = operations;
        this.figures = figures;
    }

    @ModelAttribute("mayEnterOp")
    boolean mayEnterOp(@PathVariable(name = "id", required = false) @Nullable UUID id) {
        return id != null && operations.mayEnter(operations.get(id));
    }

    @ModelAttribute("threshold")
    int threshold() {
        return figures.cells().threshold();
    }
}
