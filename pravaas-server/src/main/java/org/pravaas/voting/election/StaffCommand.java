package org.pravaas.voting.election;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Designates an official (by username) at a station, or for the whole election when none is given. */
public record StaffCommand(
        @NotBlank @Size(max = 60) @Nullable String username,
        @Nullable UUID stationId,
        @NotNull @Nullable Designation designation) {

    public static StaffCommand blank() {
        return new StaffCommand(null, null, null);
    }
}
