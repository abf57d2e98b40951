package org.pravaas.casework.programme.emergency;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.CaseId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** SiteItems, stock, the stock report, and a case's distributions over the API. */
@RestController
class EmergencyApiController {
    private final EmergencyService emergency;

    EmergencyApiController(EmergencyService emergency) {
        this.emergency = emergency;
    }

    record StockBody(
            @Nullable UUID site,
            @Nullable String item,
            @Nullable Integer quantity,
            @Nullable LocalDate issuedOn,
            @Nullable String reference) {}

    /** A distribution; {@code person}, one of the people the case covers, is optional. */
    record DistributionBody(
            @Nullable UUID person,
            @Nullable UUID site,
            @Nullable String item,
            @Nullable Integer quantity,
            @Nullable LocalDate distributedOn) {}

    record ReportLine(
            UUID site, String siteName, String item, String unit, long issued, long distributed, long remaining) {}

    @GetMapping("/api/v1/programmes/emergency/sites")
    List<Site> sites() {
        return emergency.sites();
    }

    @GetMapping("/api/v1/programmes/emergency/items")
    List<Item> items() {
        return emergency.items();
    }

    @GetMapping("/api/v1/programmes/emergency/report")
    List<ReportLine> report(@RequestParam(required = false) @Nullable UUID site) {
        return emergency.report(site).stream()
                .map(l -> new ReportLine(
                        l.siteId(), l.siteName(), l.itemCode(), l.unit(), l.issued(), l.distributed(), l.remaining()))
                .toList();
    }

    @PostMapping("/api/v1/programmes/emergency/stock")
    ResponseEntity<Void> issue(@RequestBody StockBody body) {
        emergency.issue(body.site(), body.item(), body.quantity(), body.issuedOn(), body.reference());
        return ResponseEntity.status(201).build();
    }

    @GetMapping("/api/v1/cases/{id}/emergency/distributions")
    List<Distribution> history(@PathVariable UUID id) {
        return emergency.history(new CaseId(id));
    }

    @PostMapping("/api/v1/cases/{id}/emergency/distributions")
    ResponseEntity<Distribution> distribute(@PathVariable UUID id, @RequestBody DistributionBody body) {
        return ResponseEntity.status(201)
                .body(emergency.distributeTo(
                        new CaseId(id),
                        body.person(),
                        body.site(),
                        body.item(),
                        body.quantity(),
                        body.distributedOn()));
    }
}
