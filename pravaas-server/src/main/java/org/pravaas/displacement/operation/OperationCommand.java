package org.pravaas.displacement.operation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Starts tracking displacement in a country for an office. */
public record OperationCommand(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Z0-9-]+") @Nullable String code,
        @NotBlank @Size(max = 120) @Nullable String name,
        @NotBlank @Size(max = 20) @Nullable String officeCode,
        @NotBlank @Size(max = 10) @Nullable String admin0Pcode) {

    public static OperationCommand blank() {
        return new OperationCommand(null, null, null, null);
    }
}
