package org.pravaas.health.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.health.TravelStatus;
import org.pravaas.health.assessment.AssessmentForm;
import org.pravaas.health.assessment.AssessmentService;
import org.pravaas.health.assessment.AssessmentStatus;
import org.pravaas.health.assessment.Worklist;
import org.pravaas.health.clearance.ClearanceService;
import org.pravaas.health.clearance.DecisionCommand;
import org.pravaas.health.clearance.HoldService;
import org.pravaas.health.clearance.TravelDecision;
import org.pravaas.health.profile.DestinationProfile;
import org.pravaas.health.profile.ProfileService;
import org.pravaas.health.record.HealthRecords;
import org.pravaas.health.vaccination.VaccinationCommand;
import org.pravaas.health.vaccination.VaccinationService;
import org.pravaas.registry.PersonId;
import org.pravaas.shared.PageRequest;
import org.pravaas.shared.api.ApiPage;
import org.pravaas.shared.api.ETags;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Health over the API: a person's travel status (for every status role), the clinic's worklist,
 * assessments (read with an ETag, changed with If-Match), decisions, holds and vaccinations.
 */
@RestController("healthApiController")
@RequestMapping("/api/v1/health")
@Tag(name = "Health")
class HealthApiController {
    private final HealthRecords records;
    private final Worklist worklist;
    private final AssessmentService assessments;
    private final ClearanceService clearances;
    private final HoldService holds;
    private final VaccinationService vaccinations;
    private final ProfileService profiles;
    private final Clock clock;

    HealthApiController(
            HealthRecords records,
            Worklist worklist,
            AssessmentService assessments,
            ClearanceService clearances,
            HoldService holds,
            VaccinationService vaccinations,
            ProfileService profiles,
            Clock clock) {
        this.records = records;
        this.worklist = worklist;
        this.assessments = assessments;
        this.clearances = clearances;
        this.holds = holds;
        this.vaccinations = vaccinations;
        this.profiles = profiles;
        this.clock = clock;
    }

    record NewAssessment(
            @NotNull(message = "{validation.required}") @Nullable UUID personId,
            @NotNull(message = "{validation.required}") @Nullable UUID profileId,
            @Nullable LocalDate scheduledOn,
            @Nullable String clinic) {}

    record Created(UUID id) {}

    record Reason(@Nullable String reason) {}

    record WorklistItem(
            UUID id,
            UUID personId,
            @Nullable String reference,
            @Nullable String name,
            String clinic,
            AssessmentStatus status) {}

    @GetMapping("/persons/{id}/status")
    @Operation(summary = "A person's travel status on a day (no clinical detail)")
    TravelStatus status(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
        return records.status(new PersonId(id), on == null ? LocalDate.now(clock) : on);
    }

    @GetMapping("/worklist")
    @Operation(summary = "The day's assessments in the health officer's offices")
    ApiPage<WorklistItem> worklist(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            @RequestParam(required = false) @Nullable AssessmentStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var result = worklist.of(
                day == null ? LocalDate.now(clock) : day, status, new PageRequest(page, size, null, true, null));
        return ApiPage.of(result.map(e -> new WorklistItem(
                e.line().id(),
                e.line().personId(),
                e.person() == null ? null : e.person().reference(),
                e.person() == null ? null : e.person().name(),
                e.line().clinic(),
                e.line().status())));
    }

    @GetMapping("/profiles")
    List<DestinationProfile> profiles() {
        return profiles.current();
    }

    @PostMapping("/assessments")
    ResponseEntity<Created> schedule(@Valid @RequestBody NewAssessment body) {
        UUID id = assessments.schedule(
                new PersonId(java.util.Objects.requireNonNull(body.personId())),
                java.util.Objects.requireNonNull(body.profileId()),
                body.scheduledOn(),
                body.clinic());
        return ResponseEntity.created(URI.create("/api/v1/health/assessments/" + id))
                .body(new Created(id));
    }

    @GetMapping("/assessments/{id}")
    @Operation(summary = "An assessment with its findings (health officers, or after breaking the glass; audited)")
    ResponseEntity<AssessmentService.AssessmentView> assessment(@PathVariable UUID id) {
        var view = assessments.view(id);
        return ResponseEntity.ok().eTag(ETags.of(view.assessment().version())).body(view);
    }

    @PutMapping("/assessments/{id}")
    @Operation(summary = "Save an assessment's findings; If-Match must carry the ETag read")
    ResponseEntity<Void> save(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody AssessmentForm form) {
        long version = assessments.save(id, ETags.required(ifMatch, "assessment", id), form);
        return ResponseEntity.noContent().eTag(ETags.of(version)).build();
    }

    @PostMapping("/assessments/{id}/decision")
    @ResponseStatus(HttpStatus.CREATED)
    TravelDecision decide(@PathVariable UUID id, @Valid @RequestBody DecisionCommand body) {
        return clearances.decide(id, body.fitness(), body.conditions());
    }

    @PostMapping("/persons/{id}/holds")
    @ResponseStatus(HttpStatus.CREATED)
    Created placeHold(@PathVariable UUID id, @RequestBody Reason body) {
        return new Created(holds.place(new PersonId(id), body.reason()).id());
    }

    @PostMapping("/holds/{id}/lift")
    ResponseEntity<Void> liftHold(@PathVariable UUID id, @RequestBody Reason body) {
        holds.lift(id, body.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/persons/{id}/vaccinations")
    @ResponseStatus(HttpStatus.CREATED)
    Created vaccinate(@PathVariable UUID id, @Valid @RequestBody VaccinationCommand body) {
        return new Created(vaccinations.record(new PersonId(id), body));
    }
}
