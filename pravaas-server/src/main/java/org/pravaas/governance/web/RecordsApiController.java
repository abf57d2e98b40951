package org.pravaas.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.pravaas.governance.VotingRight;
import org.pravaas.governance.budget.BudgetCommand;
import org.pravaas.governance.budget.BudgetLines.Payment;
import org.pravaas.governance.budget.BudgetLines.StatementLine;
import org.pravaas.governance.budget.BudgetLines.Voluntary;
import org.pravaas.governance.budget.BudgetService;
import org.pravaas.governance.budget.BudgetYear;
import org.pravaas.governance.budget.PaymentCommand;
import org.pravaas.governance.budget.VoluntaryCommand;
import org.pravaas.governance.session.Resolution;
import org.pravaas.governance.session.ResolutionService;
import org.pravaas.governance.session.Session;
import org.pravaas.governance.session.SessionCommand;
import org.pravaas.governance.session.SessionService;
import org.pravaas.governance.session.SessionView;
import org.pravaas.governance.session.VoteCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/governance}: sessions, resolutions and votes, budgets, statements and payments. */
@RestController
@RequestMapping("/api/v1/governance")
@Tag(name = "Governance: sessions and budget", description = "Sessions, resolutions, votes, budgets, contributions")
class RecordsApiController {
    private final SessionService sessions;
    private final ResolutionService resolutions;
    private final BudgetService budget;

    RecordsApiController(SessionService sessions, ResolutionService resolutions, BudgetService budget) {
        this.sessions = sessions;
        this.resolutions = resolutions;
        this.budget = budget;
    }

    /** A resolution with its votes and their tally. */
    record ResolutionDetails(Resolution resolution, List<Resolution.Vote> votes, Resolution.Tally tally) {}

    @GetMapping("/sessions/{id}")
    @Operation(summary = "A session with its agenda, documents, attendance, officers and resolutions")
    SessionView session(@PathVariable UUID id) {
        return sessions.get(id);
    }

    @PostMapping("/sessions")
    @Operation(summary = "Convene a session of an organ, within the organ's existence (governance officers)")
    ResponseEntity<Session> convene(@Valid @RequestBody SessionCommand command) {
        Session s = sessions.convene(command);
        return ResponseEntity.created(URI.create("/api/v1/governance/sessions/" + s.id()))
                .body(s);
    }

    @GetMapping("/resolutions/{id}")
    @Operation(summary = "A resolution, the votes by member state and their tally")
    ResolutionDetails resolution(@PathVariable UUID id) {
        return new ResolutionDetails(resolutions.get(id), resolutions.votes(id), resolutions.tally(id));
    }

    @PostMapping("/resolutions/{id}/votes")
    @Operation(summary = "Record a member state's vote; refused when it had no right to vote that day")
    VotingRight vote(@PathVariable UUID id, @Valid @RequestBody VoteCommand command) {
        return resolutions.vote(id, command);
    }

    @GetMapping("/budget/{year}")
    @Operation(summary = "A year's budget: administrative part and scale of assessment, voluntary contributions")
    BudgetYear budget(@PathVariable int year) {
        return budget.year(year);
    }

    @PostMapping("/budgets")
    @Operation(
            summary =
                    "Adopt a year's administrative budget and invoice members on the carried-over scale (governance officers)")
    ResponseEntity<BudgetYear> adopt(@Valid @RequestBody BudgetCommand command) {
        BudgetYear y = budget.adopt(command);
        return ResponseEntity.created(URI.create("/api/v1/governance/budget/" + command.year()))
                .body(y);
    }

    @PostMapping("/budget/{year}/voluntary")
    @Operation(summary = "Record a voluntary contribution by a donor to a programme (governance officers)")
    ResponseEntity<Voluntary> contribute(@PathVariable int year, @Valid @RequestBody VoluntaryCommand command) {
        Voluntary v = budget.contribute(year, command);
        return ResponseEntity.created(URI.create("/api/v1/governance/budget/" + year))
                .body(v);
    }

    @GetMapping("/statements/{code}")
    @Operation(summary = "A member's statement: assessed, paid and balance per year")
    List<StatementLine> statement(@PathVariable String code) {
        return budget.statement(code);
    }

    @PostMapping("/payments")
    @Operation(summary = "Record a payment of assessed contributions, in an ISO 4217 currency (governance officers)")
    ResponseEntity<Payment> pay(@Valid @RequestBody PaymentCommand command) {
        Payment p = budget.record(command);
        return ResponseEntity.created(URI.create("/api/v1/governance/statements/" + p.country()))
                .body(p);
    }
}
