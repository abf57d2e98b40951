package org.pravaas.movement.web;

import org.pravaas.movement.travel.MovementAccess;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether the user may plan movements: the pages offer writing only then. */
@ControllerAdvice(
        assignableTypes = {
            BoardController.class,
            RequestController.class,
            LegController.class,
            LoanController.class,
            CostController.class,
            MovementNavigation.class
        })
class MovementModel {
    private final MovementAccess access;

    MovementModel(MovementAccess access) {
        this.access = access;
    }

    @ModelAttribute("movementWriter")
    boolean movementWriter() {
        return access.mayWrite();
    }
}
