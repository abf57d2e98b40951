package org.pravaas.movement.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.movement.cost.CostCommand;
import org.pravaas.movement.cost.CostLedger;
import org.pravaas.movement.cost.CostService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A movement's costs over the API: entries with totals per currency; refusals are 400 problem details per field. */
@RestController
@RequestMapping("/api/v1/movements/{id}/costs")
@Tag(name = "Movements")
class CostApiController {
    private final CostService costs;

    CostApiController(CostService costs) {
        this.costs = costs;
    }

    @GetMapping
    CostLedger ledger(@PathVariable UUID id) {
        return costs.ledger(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> record(@PathVariable UUID id, @RequestBody CostCommand command) {
        return Map.of("id", costs.record(id, command));
    }

    /** Why the cost is taken back. */
    record Reversal(@Nullable String reason) {}

    @PostMapping("/{cost}/reversal")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> reverse(@PathVariable UUID id, @PathVariable UUID cost, @RequestBody Reversal r) {
        return Map.of("id", costs.reverse(id, cost, r.reason()));
    }
}
