package org.pravaas.organization.office;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** What a user submits to open or change an office, from the form or the API. */
public record OfficeCommand(
        @NotBlank(message = "{validation.required}")
                @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,15}", message = "{office.code.invalid}")
                String code,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String name,
        @NotNull(message = "{validation.required}") OfficeType type,
        @Nullable UUID parentId,
        @NotBlank(message = "{validation.required}") @Size(min = 2, max = 2, message = "{validation.country}")
                String country,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.too-long}") String city,
        @NotBlank(message = "{validation.required}") String timeZone,
        @Nullable List<String> languages,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedOn,
        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedOn) {

    public OfficeCommand {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    static OfficeCommand blank() {
        return new OfficeCommand(
                "", "", OfficeType.COUNTRY_MISSION, null, "", "", "UTC", List.of(), LocalDate.now(), null);
    }

    static OfficeCommand of(Office office) {
        return new OfficeCommand(
                office.code(),
                office.name(),
                office.type(),
                office.parentId(),
                office.country(),
                office.city(),
                office.timeZone(),
                office.languages(),
                office.openedOn(),
                office.closedOn());
    }
}
