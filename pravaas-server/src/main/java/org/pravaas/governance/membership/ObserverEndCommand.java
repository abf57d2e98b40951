package org.pravaas.governance.membership;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The end of an organisation's observer status: its last day as an observer. */
public record ObserverEndCommand(
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay) {}
