package org.pravaas.organization.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a user submits to register or change a partner. */
public record PartnerCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String name,
        @Nullable @Size(max = 20, message = "{validation.too-long}") String acronym,
        @NotNull(message = "{validation.required}") PartnerType type,
        @Nullable @Pattern(regexp = "^$|[A-Z]{2}", message = "{validation.country}") String country,
        @NotNull(message = "{validation.required}") UUID officeId,
        @Nullable @Pattern(regexp = "^$|https?://\\S{3,200}", message = "{validation.url}") String website) {

    static PartnerCommand blank(UUID office) {
        return new PartnerCommand("", "", PartnerType.NGO, "", office, "");
    }

    static PartnerCommand of(Partner p) {
        return new PartnerCommand(p.name(), p.acronym(), p.type(), p.country(), p.officeId(), p.website());
    }
}
