package org.pravaas.governance.organ;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Dissolving an organ: the last day it exists. */
public record DissolutionCommand(
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay) {

    public static DissolutionCommand blank() {
        return new DissolutionCommand(LocalDate.now());
    }
}
