package org.pravaas.voting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.voting.count.ElectionResults;
import org.pravaas.voting.count.ElectionResultsService;
import org.pravaas.voting.count.FormEntry;
import org.pravaas.voting.count.ResultForm;
import org.pravaas.voting.count.ResultFormService;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.ElectionService;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.polling.Outcome;
import org.pravaas.voting.polling.PollingService;
import org.pravaas.voting.register.Flag;
import org.pravaas.voting.register.RegistrationService;
import org.pravaas.voting.register.VoterCommand;
import org.pravaas.voting.register.VoterService;
import org.pravaas.voting.register.VoterView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Out-of-country voting over the API: elections, registration, votes by receipt, result forms, results. */
@RestController
@RequestMapping("/api/v1/voting")
@Tag(name = "Voting")
class VotingApiController {
    private final ElectionService elections;
    private final RegistrationService registration;
    private final VoterService voters;
    private final PollingService polling;
    private final ResultFormService forms;
    private final ElectionResultsService results;
    private final MessageSource messages;

    VotingApiController(
            ElectionService elections,
            RegistrationService registration,
            VoterService voters,
            PollingService polling,
            ResultFormService forms,
            ElectionResultsService results,
            MessageSource messages) {
        this.elections = elections;
        this.registration = registration;
        this.voters = voters;
        this.polling = polling;
        this.forms = forms;
        this.results = results;
        this.messages = messages;
    }

    record ElectionDetail(Election election, List<String> contestants, List<Station> stations) {}

    record Registered(UUID voterId, String receipt, String status, List<Flag> flags) {}

    record VoteRequest(@NotBlank @Nullable String receipt) {}

    record VoteRecorded(UUID voterId, boolean provisional) {}

    @GetMapping("/elections")
    List<Election> elections() {
        return elections.all();
    }

    @GetMapping("/elections/{id}")
    ElectionDetail election(@PathVariable UUID id) {
        return new ElectionDetail(elections.get(id), elections.contestants(id), elections.stations(id));
    }

    @PostMapping("/voters")
    @Operation(summary = "Register an applicant; status HELD (with flags) when probably registered already")
    ResponseEntity<Registered> register(@Valid @RequestBody VoterCommand command) {
        var r = registration.register(command);
        return ResponseEntity.created(
                        URI.create("/api/v1/voting/voters/" + r.voter().id()))
                .body(new Registered(
                        r.voter().id(), r.receipt(), r.voter().status().name(), r.flags()));
    }

    @GetMapping("/voters/{id}")
    VoterView voter(@PathVariable UUID id) {
        return voters.view(id);
    }

    @PostMapping("/stations/{id}/votes")
    @Operation(summary = "Record the vote of the voter with this receipt; 409 with the reason when refused")
    ResponseEntity<?> vote(@PathVariable UUID id, @Valid @RequestBody VoteRequest request) {
        Outcome outcome = polling.voteByReceipt(id, java.util.Objects.requireNonNull(request.receipt()));
        if (outcome instanceof Outcome.Refused refused) {
            var locale = LocaleContextHolder.getLocale();
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONFLICT,
                    messages.getMessage(
                            refused.refusal().messageKey(), refused.refusal().args(), locale));
            problem.setTitle(messages.getMessage("voting.api.refused", null, locale));
            problem.setType(URI.create("https://pravaas.org/problems/vote-refused"));
            problem.setProperty("reason", refused.refusal().messageKey());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        boolean provisional = ((Outcome.Recorded) outcome).provisional();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new VoteRecorded(outcome.voter().id(), provisional));
    }

    @PostMapping("/stations/{id}/forms")
    @Operation(summary = "Enter one copy of the station's result form (the two copies by different clerks)")
    ResultForm enter(@PathVariable UUID id, @Valid @RequestBody FormEntry entry) {
        return forms.enter(id, entry);
    }

    @GetMapping("/elections/{id}/results")
    ElectionResults results(@PathVariable UUID id) {
        return results.of(elections.get(id));
    }
}
