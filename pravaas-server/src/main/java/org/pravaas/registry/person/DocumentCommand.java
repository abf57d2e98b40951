package org.pravaas.registry.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A document as entered, or as read from its machine-readable zone. */
public record DocumentCommand(
        @NotNull(message = "{validation.required}") DocumentKind kind,
        @NotBlank(message = "{validation.required}") @Size(min = 2, max = 2, message = "{validation.country}")
                String issuingCountry,
        @NotBlank(message = "{validation.required}")
                @Size(max = 30, message = "{validation.too-long}")
                @Pattern(regexp = "[\\p{L}\\p{N} <-]+", message = "{registry.document.number.format}")
                String number,
        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
        @Nullable @Size(max = 200, message = "{validation.too-long}") String mrz) {}
