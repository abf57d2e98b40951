package org.pravaas.casework.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.CaseSummary;
import org.pravaas.casework.file.CaseAccess;
import org.pravaas.casework.file.CaseFile;
import org.pravaas.casework.file.CaseOpening;
import org.pravaas.casework.file.CaseParts;
import org.pravaas.casework.file.CaseRoles;
import org.pravaas.casework.file.CaseSearch;
import org.pravaas.casework.file.OpenCase;
import org.pravaas.casework.file.Transitions;
import org.pravaas.shared.PageRequest;
import org.pravaas.shared.api.ApiPage;
import org.pravaas.shared.api.ETags;
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

/** Cases over the API: list, open, read (with ETag), move and save (with If-Match), state a reason. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases")
class CaseApiController {
    private final CaseSearch search;
    private final CaseOpening opening;
    private final CaseAccess access;
    private final CaseParts parts;
    private final Transitions transitions;

    CaseApiController(
            CaseSearch search, CaseOpening opening, CaseAccess access, CaseParts parts, Transitions transitions) {
        this.search = search;
        this.opening = opening;
        this.access = access;
        this.parts = parts;
        this.transitions = transitions;
    }

    /** A case as the API shows it. */
    record CaseBody(
            CaseSummary summary,
            Instant stageEnteredAt,
            Instant openedAt,
            @Nullable Instant closedAt,
            Map<String, String> values,
            List<CaseParts.Stay> history,
            boolean healthHold) {}

    /** A stage change: where to, and values to save with it (e.g. a reason for an exit). */
    record Move(String to, @Nullable Map<String, String> values) {}

    /** A reason to open a restricted case. */
    record Reason(@Nullable String reason) {}

    @GetMapping
    ApiPage<CaseSummary> list(
            @RequestParam(required = false) @Nullable String programme,
            @RequestParam(required = false) @Nullable String stage,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(defaultValue = "asc") String dir,
            @RequestParam(required = false) @Nullable String q) {
        var filter = new CaseSearch.Filter(programme, stage, status, null, false);
        List<String> hidden = access.queue(CaseRoles.READ).hiddenProgrammes();
        return ApiPage.of(search.search(filter, new PageRequest(page, size, sort, !"desc".equals(dir), q))
                .map(f -> listed(f.summary(), hidden)));
    }

    /**
     * A case as a list shows it: who a restricted case covers stays out unless the user is a
     * protection officer (opening the case, with a reason, is the audited way to learn it).
     */
    private static CaseSummary listed(CaseSummary s, List<String> hidden) {
        if (!hidden.contains(s.programme())) return s;
        return new CaseSummary(
                s.id(),
                s.reference(),
                s.programme(),
                s.officeId(),
                null,
                null,
                s.stage(),
                s.open(),
                s.caseworker(),
                s.definitionVersion(),
                s.version());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> open(@RequestBody OpenCase command) {
        CaseId id = opening.open(command);
        return Map.of("id", id.value());
    }

    @GetMapping("/{id}")
    ResponseEntity<CaseBody> read(@PathVariable UUID id) {
        CaseFile f = access.read(new CaseId(id));
        return ResponseEntity.ok()
                .eTag(ETags.of(f.summary().version()))
                .body(new CaseBody(
                        f.summary(),
                        f.stageEnteredAt(),
                        f.openedAt(),
                        f.closedAt(),
                        parts.values(id),
                        parts.history(id),
                        parts.onHealthHold(id)));
    }

    @PostMapping("/{id}/transitions")
    Map<String, Object> move(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody Move move) {
        long version = ETags.required(ifMatch, "case", id);
        var outcome =
                transitions.move(new CaseId(id), version, move.to(), move.values() == null ? Map.of() : move.values());
        return Map.of("outcome", outcome);
    }

    @PutMapping("/{id}/values")
    void save(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody Map<String, String> values) {
        transitions.save(new CaseId(id), ETags.required(ifMatch, "case", id), values);
    }

    @PostMapping("/{id}/reason")
    void reason(@PathVariable UUID id, @RequestBody Reason reason) {
        access.stateReason(new CaseId(id), reason.reason());
    }
}
