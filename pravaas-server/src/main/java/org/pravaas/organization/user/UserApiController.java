package org.pravaas.organization.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.pravaas.shared.api.ApiPage;
import org.pravaas.shared.api.ETags;
import org.pravaas.shared.web.ListState;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/users} and the caller's own tokens under {@code /api/v1/tokens}. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Users", description = "Accounts, roles and API tokens")
class UserApiController {
    private final UserService users;
    private final ApiTokenService tokens;

    UserApiController(UserService users, ApiTokenService tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    /** A token to create: its name and how many days it lives. */
    record TokenRequest(
            @NotBlank(message = "{validation.required}") String name,
            @Min(value = 1, message = "{token.days.range}") @Max(value = 365, message = "{token.days.range}")
                    int days) {}

    @GetMapping("/users")
    @Operation(summary = "Search users (administrators; q, role, officeId, active; page, size, sort, dir)")
    ApiPage<User> search(Users.Query query, HttpServletRequest request) {
        return ApiPage.of(users.search(query, ListState.of(request).request()));
    }

    @GetMapping("/users/{id}")
    ResponseEntity<User> get(@PathVariable UUID id) {
        User user = users.get(id);
        return ResponseEntity.ok().eTag(ETags.of(user.version())).body(user);
    }

    @PostMapping("/users")
    @Operation(summary = "Create a user (administrators; honours Idempotency-Key)")
    ResponseEntity<User> create(@Valid @RequestBody UserCommand command) {
        User user = users.create(command);
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id()))
                .eTag(ETags.of(user.version()))
                .body(user);
    }

    @PutMapping("/users/{id}")
    @Operation(summary = "Change a user (administrators; requires If-Match)")
    ResponseEntity<User> change(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody UserCommand command) {
        User user = users.change(id, ETags.required(ifMatch, "user", id), command);
        return ResponseEntity.ok().eTag(ETags.of(user.version())).body(user);
    }

    @GetMapping("/tokens")
    List<ApiToken> myTokens() {
        return tokens.mine();
    }

    @PostMapping("/tokens")
    @Operation(summary = "Create a token for the caller; the secret is in this answer only")
    ResponseEntity<ApiTokenService.Created> createToken(@Valid @RequestBody TokenRequest request) {
        var created = tokens.create(request.name(), request.days());
        return ResponseEntity.created(
                        URI.create("/api/v1/tokens/" + created.token().id()))
                .body(created);
    }

    @DeleteMapping("/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
