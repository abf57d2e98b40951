package org.pravaas.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.pravaas.governance.membership.ObserverCommand;
import org.pravaas.governance.membership.ObserverEndCommand;
import org.pravaas.governance.membership.ObserverOrganisationService;
import org.pravaas.governance.membership.ObserverOrganisations.ObserverOrganisation;
import org.pravaas.governance.organ.DissolutionCommand;
import org.pravaas.governance.organ.LeadershipService;
import org.pravaas.governance.organ.NameCommand;
import org.pravaas.governance.organ.Organ;
import org.pravaas.governance.organ.OrganCommand;
import org.pravaas.governance.organ.OrganLifecycleService;
import org.pravaas.governance.organ.OrganisationName;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/governance}: creating and dissolving organs, observer organisations, the organisation's names. */
@RestController
@RequestMapping("/api/v1/governance")
@Tag(name = "Governance: registers", description = "Organs, observer organisations and the organisation's names")
class RegistersApiController {
    private final OrganLifecycleService lifecycle;
    private final ObserverOrganisationService observers;
    private final LeadershipService leadership;

    RegistersApiController(
            OrganLifecycleService lifecycle, ObserverOrganisationService observers, LeadershipService leadership) {
        this.lifecycle = lifecycle;
        this.observers = observers;
        this.leadership = leadership;
    }

    @PostMapping("/organs")
    @Operation(summary = "Create an organ with its kind, name, mandate and existence (governance officers)")
    ResponseEntity<Organ> create(@Valid @RequestBody OrganCommand command) {
        Organ organ = lifecycle.create(command);
        return ResponseEntity.created(URI.create("/api/v1/governance/organs/" + organ.id() + "/composition"))
                .body(organ);
    }

    @PostMapping("/organs/{id}/dissolution")
    @Operation(summary = "Dissolve an organ from the day after its last day; not before its last session or term")
    Organ dissolve(@PathVariable UUID id, @Valid @RequestBody DissolutionCommand command) {
        return lifecycle.dissolve(id, command);
    }

    @PostMapping("/observer-organisations")
    @Operation(summary = "Grant an organisation observer status from a day; periods of one name never overlap")
    ResponseEntity<ObserverOrganisation> register(@Valid @RequestBody ObserverCommand command) {
        ObserverOrganisation created = observers.register(command);
        return ResponseEntity.created(URI.create("/api/v1/governance/observer-organisations?asOf=" + created.from()))
                .body(created);
    }

    @PostMapping("/observer-organisations/{id}/end")
    @Operation(summary = "End an organisation's observer status after its last day (governance officers)")
    ObserverOrganisation end(@PathVariable UUID id, @Valid @RequestBody ObserverEndCommand command) {
        return observers.end(id, command);
    }

    @PostMapping("/names")
    @Operation(summary = "Record the organisation's new name from a day; the previous name ends the day before")
    ResponseEntity<OrganisationName> rename(@Valid @RequestBody NameCommand command) {
        OrganisationName name = leadership.rename(command);
        return ResponseEntity.created(URI.create("/api/v1/governance/organs")).body(name);
    }
}
