package org.pravaas.organization.office;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.pravaas.shared.api.ApiPage;
import org.pravaas.shared.api.ETags;
import org.pravaas.shared.web.ListState;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/offices}: the office tree for API clients, within the token owner's scope. */
@RestController
@RequestMapping("/api/v1/offices")
@Tag(name = "Offices", description = "Headquarters, regional offices, country missions and sub-offices")
class OfficeApiController {
    private final OfficeService offices;

    OfficeApiController(OfficeService offices) {
        this.offices = offices;
    }

    @GetMapping
    @Operation(summary = "Search offices (q, type, country, open; page, size, sort, dir)")
    ApiPage<Office> search(Offices.Query query, HttpServletRequest request) {
        return ApiPage.of(offices.search(query, ListState.of(request).request()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One office; its ETag is needed to change it")
    ResponseEntity<Office> get(@PathVariable UUID id) {
        Office office = offices.get(id);
        return ResponseEntity.ok().eTag(ETags.of(office.version())).body(office);
    }

    @PostMapping
    @Operation(summary = "Open an office (administrators; honours Idempotency-Key)")
    ResponseEntity<Office> open(@Valid @RequestBody OfficeCommand command) {
        Office office = offices.open(command);
        return ResponseEntity.created(URI.create("/api/v1/offices/" + office.id()))
                .eTag(ETags.of(office.version()))
                .body(office);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an office (administrators; requires If-Match)")
    ResponseEntity<Office> change(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody OfficeCommand command) {
        long version = ETags.required(ifMatch, "office", id);
        Office office = offices.change(id, version, command);
        return ResponseEntity.ok().eTag(ETags.of(office.version())).body(office);
    }
}
