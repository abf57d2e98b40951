package org.pravaas.registry.household;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Adds a person, by reference number, to a household. */
public record MemberCommand(
        @NotBlank(message = "{validation.required}") String personReference,
        @NotNull(message = "{validation.required}") Relationship relationship,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                LocalDate joinedOn) {}
