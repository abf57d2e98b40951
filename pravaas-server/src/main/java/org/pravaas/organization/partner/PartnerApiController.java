package org.pravaas.organization.partner;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/partners}. */
@RestController
@RequestMapping("/api/v1/partners")
@Tag(name = "Partners", description = "Governments, intergovernmental organisations, NGOs and UN agencies")
class PartnerApiController {
    private final PartnerService partners;

    PartnerApiController(PartnerService partners) {
        this.partners = partners;
    }

    @GetMapping
    ApiPage<Partner> search(
            @RequestParam(required = false) @Nullable PartnerType type,
            @RequestParam(required = false) @Nullable String country,
            HttpServletRequest request) {
        return ApiPage.of(partners.search(type, country, ListState.of(request).request()));
    }

    @GetMapping("/{id}")
    ResponseEntity<PartnerService.Details> get(@PathVariable UUID id) {
        var details = partners.get(id);
        return ResponseEntity.ok().eTag(ETags.of(details.partner().version())).body(details);
    }

    @PostMapping
    ResponseEntity<Partner> register(@Valid @RequestBody PartnerCommand command) {
        Partner partner = partners.register(command);
        return ResponseEntity.created(URI.create("/api/v1/partners/" + partner.id()))
                .eTag(ETags.of(partner.version()))
                .body(partner);
    }

    @PutMapping("/{id}")
    ResponseEntity<Partner> change(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody PartnerCommand command) {
        Partner partner = partners.change(id, ETags.required(ifMatch, "partner", id), command);
        return ResponseEntity.ok().eTag(ETags.of(partner.version())).body(partner);
    }
}
