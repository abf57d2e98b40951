package org.pravaas.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pravaas.registry.household.Household;
import org.pravaas.registry.household.HouseholdService;
import org.pravaas.registry.household.MemberCommand;
import org.pravaas.registry.matching.MergeService;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Households and merges over the API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Registry")
class RegistryApiController {
    private final HouseholdService households;
    private final MergeService merges;

    RegistryApiController(HouseholdService households, MergeService merges) {
        this.households = households;
        this.merges = merges;
    }

    record HouseholdRequest(@NotBlank(message = "{validation.required}") String name) {}

    /** Two records to merge: the survivor keeps its reference; the flags take name or birth date from the other. */
    record MergeRequest(
            @NotNull(message = "{validation.required}") UUID survivor,
            @NotNull(message = "{validation.required}") UUID merged,
            boolean nameFromMerged,
            boolean birthFromMerged) {}

    /** Warnings the member was added with (for example a child heading a household of adults). */
    record MemberAdded(List<String> warnings) {}

    @GetMapping("/households/{id}")
    Household household(@PathVariable UUID id) {
        return households.find(id);
    }

    @PostMapping("/households")
    ResponseEntity<Household> open(@Valid @RequestBody HouseholdRequest request) {
        UUID id = households.open(request.name());
        return ResponseEntity.created(URI.create("/api/v1/households/" + id)).body(households.find(id));
    }

    @PostMapping("/households/{id}/members")
    @Operation(summary = "Add a member by person reference; warnings do not block")
    MemberAdded addMember(@PathVariable UUID id, @Valid @RequestBody MemberCommand command) {
        return new MemberAdded(households.addMember(id, command).stream()
                .map(Violation::messageKey)
                .toList());
    }

    @PostMapping("/merges")
    @Operation(summary = "Merge two records of one person (reviewers); returns the merge id, which can be undone")
    ResponseEntity<Map<String, UUID>> merge(@Valid @RequestBody MergeRequest request) {
        UUID id =
                merges.merge(request.survivor(), request.merged(), request.nameFromMerged(), request.birthFromMerged());
        return ResponseEntity.created(URI.create("/api/v1/merges/" + id)).body(Map.of("id", id));
    }

    @PostMapping("/merges/{id}/undo")
    @Operation(summary = "Undo a merge: both records return exactly as they were")
    ResponseEntity<Void> unmerge(@PathVariable UUID id) {
        merges.unmerge(id);
        return ResponseEntity.noContent().build();
    }
}
