package org.pravaas.casework.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.file.Approvals;
import org.pravaas.casework.file.Proposals;
import org.pravaas.casework.transfer.TransferService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What waits for a second person over the API: proposals to approve or reject (never by the one who
 * proposed), and transfers of cases between offices, which the receiving office answers.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Cases")
class CaseDecisionsApiController {
    private final Approvals approvals;
    private final TransferService transfers;

    CaseDecisionsApiController(Approvals approvals, TransferService transfers) {
        this.approvals = approvals;
        this.transfers = transfers;
    }

    /** A rejection's reason. */
    record Rejection(@Nullable String reason) {}

    /** A transfer to propose. */
    record NewTransfer(@Nullable UUID toOffice, @Nullable String reason) {}

    /** The receiving office's answer; declining needs a reason. */
    record Answer(boolean accept, @Nullable String reason) {}

    @GetMapping("/approvals")
    List<Proposals.Proposal> approvals() {
        return approvals.pending();
    }

    @PostMapping("/approvals/{id}/approve")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void approve(@PathVariable UUID id) {
        approvals.approve(id);
    }

    @PostMapping("/approvals/{id}/reject")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reject(@PathVariable UUID id, @RequestBody Rejection r) {
        approvals.reject(id, r.reason());
    }

    @GetMapping("/transfers")
    List<TransferService.Transfer> transfers() {
        return transfers.incoming();
    }

    @PostMapping("/cases/{id}/transfers")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, UUID> propose(@PathVariable UUID id, @RequestBody NewTransfer t) {
        return Map.of("id", transfers.propose(new CaseId(id), t.toOffice(), t.reason()));
    }

    @PostMapping("/transfers/{id}/answer")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void answer(@PathVariable UUID id, @RequestBody Answer a) {
        transfers.answer(id, a.accept(), a.reason());
    }
}
