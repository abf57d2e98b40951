package org.pravaas.organization.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person to reach at a partner. */
public record Contact(
        @Nullable UUID id,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String name,
        @Nullable @Size(max = 200, message = "{validation.too-long}") String title,
        @Nullable @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.too-long}")
                String email,
        @Nullable @Pattern(regexp = "^$|[+0-9 ()-]{5,30}", message = "{validation.phone}") String phone) {}
