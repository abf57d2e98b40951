package org.pravaas.governance.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A resolution adopted at a session; titles in English and, optionally, the other languages. */
public record ResolutionCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.too-long}") String number,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.too-long}") String titleEn,
        @Nullable String titleFr,
        @Nullable String titleEs,
        @NotBlank(message = "{validation.required}") String body,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
        @NotNull(message = "{validation.required}") Resolution.Adoption adoption) {}
