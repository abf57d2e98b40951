package org.pravaas.registry.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person as entered — by the registration form, the API or an import row — before the rules
 * that need the database (known countries, dates against today) are checked by the service.
 * {@code birthDate} is {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}.
 */
public record PersonCommand(
        @NotEmpty(message = "{validation.required}") @Size(max = 6, message = "{validation.too-long}")
                List<@Valid NameInput> names,
        @NotNull(message = "{validation.required}") Sex sex,
        @Nullable @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "{registry.birth-date.format}")
                String birthDate,
        boolean birthEstimated,
        @Nullable @Size(max = 120, message = "{validation.too-long}") String birthPlace,
        @Nullable @Size(max = 2, message = "{validation.too-long}") String birthCountry,
        @Size(max = 5, message = "{validation.too-long}") List<String> nationalities,
        @Size(max = 10, message = "{validation.too-long}") List<String> languages,
        @Nullable MaritalStatus maritalStatus,
        List<Vulnerability> vulnerabilities,
        @Nullable
                @Size(max = 40, message = "{validation.too-long}")
                @Pattern(regexp = "[+0-9 ()-]*", message = "{validation.phone}")
                String phone,
        @Nullable @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.too-long}")
                String email,
        @Nullable @Size(max = 200, message = "{validation.too-long}") String addressLine,
        @Nullable @Size(max = 100, message = "{validation.too-long}") String admin1,
        @Nullable @Size(max = 100, message = "{validation.too-long}") String admin2,
        @Nullable @Size(max = 100, message = "{validation.too-long}") String admin3,
        @Nullable @Size(max = 2, message = "{validation.too-long}") String addressCountry) {

    public PersonCommand {
        names = List.copyOf(names);
        nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
        languages = languages == null ? List.of() : List.copyOf(languages);
        vulnerabilities = vulnerabilities == null ? List.of() : List.copyOf(vulnerabilities);
    }

    /** The same command with further names (kept aliases, for instance, which a form does not show). */
    public PersonCommand withMoreNames(List<NameInput> more) {
        List<NameInput> all = new java.util.ArrayList<>(names);
        all.addAll(more);
        return new PersonCommand(
                all,
                sex,
                birthDate,
                birthEstimated,
                birthPlace,
                birthCountry,
                nationalities,
                languages,
                maritalStatus,
                vulnerabilities,
                phone,
                email,
                addressLine,
                admin1,
                admin2,
                admin3,
                addressCountry);
    }

    /** One name in parts, in any script; at least a given or a family name. */
    public record NameInput(
            @Nullable NameKind kind,
            @Nullable @Size(max = 100, message = "{validation.too-long}") String given,
            @Nullable @Size(max = 100, message = "{validation.too-long}") String middle,
            @Nullable @Size(max = 100, message = "{validation.too-long}") String family,
            @Nullable @Size(max = 100, message = "{validation.too-long}") String father) {

        public boolean isBlank() {
            return blank(given) && blank(middle) && blank(family) && blank(father);
        }

        private static boolean blank(@Nullable String s) {
            return s == null || s.isBlank();
        }
    }
}
