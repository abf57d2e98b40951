package org.pravaas.casework.programme.resettlement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.CaseId;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.api.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Quotas and a case's submission over the API; the case is reached through the engine's Cases only. */
@RestController
class ResettlementApiController {
    private final ResettlementService service;

    ResettlementApiController(ResettlementService service) {
        this.service = service;
    }

    record QuotaBody(@Nullable Integer quota) {}

    record SubmissionBody(@Nullable String country, @Nullable LocalDate submittedOn) {}

    record DecisionBody(Submission.@Nullable Decision decision, @Nullable LocalDate decidedOn) {}

    record QuotaView(String country, int year, int quota, int submitted, int accepted, int arrived, int remaining) {
        static QuotaView of(QuotaLine l) {
            return new QuotaView(
                    l.country(), l.year(), l.quota(), l.submitted(), l.accepted(), l.arrived(), l.remaining());
        }
    }

    @GetMapping("/api/v1/programmes/resettlement/quotas")
    List<QuotaView> quotas(@RequestParam int year) {
        return service.quotas(year).stream().map(QuotaView::of).toList();
    }

    /** Sets a quota; an existing line needs its ETag (its version) in If-Match, a new one none. */
    @PutMapping("/api/v1/programmes/resettlement/quotas/{country}/{year}")
    ResponseEntity<QuotaView> setQuota(
            @PathVariable String country,
            @PathVariable int year,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody QuotaBody body) {
        boolean exists = service.quotas(year).stream().anyMatch(l -> l.country().equalsIgnoreCase(country));
        long version = ifMatch == null && !exists ? 0 : ETags.required(ifMatch, "quota", country);
        service.setQuota(country, year, body.quota(), version);
        QuotaLine line = service.quotas(year).stream()
                .filter(l -> l.country().equalsIgnoreCase(country))
                .findFirst()
                .orElseThrow();
        return ResponseEntity.ok().eTag(ETags.of(line.version())).body(QuotaView.of(line));
    }

    @GetMapping("/api/v1/cases/{id}/resettlement/submission")
    ResponseEntity<Submission> submission(@PathVariable UUID id) {
        Submission s = service.submission(new CaseId(id)).orElseThrow(() -> new NotFoundException("submission", id));
        return ResponseEntity.ok().eTag(ETags.of(s.version())).body(s);
    }

    @PostMapping("/api/v1/cases/{id}/resettlement/submission")
    ResponseEntity<Submission> submit(@PathVariable UUID id, @RequestBody SubmissionBody body) {
        Submission s = service.submit(new CaseId(id), body.country(), body.submittedOn());
        return ResponseEntity.status(201).eTag(ETags.of(s.version())).body(s);
    }

    @PostMapping("/api/v1/cases/{id}/resettlement/decision")
    ResponseEntity<Submission> decide(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody DecisionBody body) {
        long version = ETags.required(ifMatch, "submission", id);
        Submission s = service.decide(new CaseId(id), body.decision(), body.decidedOn(), version);
        return ResponseEntity.ok().eTag(ETags.of(s.version())).body(s);
    }
}
