package org.pravaas.organization.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.organization.Role;

/**
 * What an administrator submits to create or change an account. The password is only read
 * when creating; changing a password has its own commands.
 */
public record UserCommand(
        @NotBlank(message = "{validation.required}")
                @Pattern(regexp = "[a-z][a-z0-9._-]{2,39}", message = "{user.username.invalid}")
                String username,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}")
                String fullName,
        @NotBlank(message = "{validation.required}")
                @Email(message = "{validation.email}")
                @Size(max = 254, message = "{validation.too-long}")
                String email,
        @NotNull(message = "{validation.required}") UUID officeId,
        @Nullable UUID partnerId,
        @NotBlank(message = "{validation.required}")
                @Pattern(regexp = "en|fr|es|ar|hi|ko", message = "{validation.ui-language}")
                String language,
        @NotEmpty(message = "{user.roles.required}") Set<Role> roles,
        boolean active,
        @Nullable String password) {

    public UserCommand {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        username = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    static UserCommand blank(UUID office) {
        return new UserCommand("", "", "", office, null, "en", Set.of(Role.VIEWER), true, "");
    }

    static UserCommand of(User user) {
        return new UserCommand(
                user.username(),
                user.fullName(),
                user.email(),
                user.officeId(),
                user.partnerId(),
                user.language(),
                user.roles(),
                user.active(),
                null);
    }
}
