package org.pravaas.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.governance.MemberState;
import org.pravaas.governance.MemberStates;
import org.pravaas.governance.MembershipStatus;
import org.pravaas.governance.VotingRight;
import org.pravaas.governance.YearCount;
import org.pravaas.governance.membership.MembershipCommand;
import org.pravaas.governance.membership.MembershipService;
import org.pravaas.governance.membership.ObserverOrganisations;
import org.pravaas.governance.membership.StateStatus;
import org.pravaas.governance.organ.ExecutiveHead;
import org.pravaas.governance.organ.HeadCommand;
import org.pravaas.governance.organ.LeadershipService;
import org.pravaas.governance.organ.Organ;
import org.pravaas.governance.organ.OrganService;
import org.pravaas.governance.organ.SeatTerm;
import org.pravaas.governance.organ.SeatTermCommand;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/governance}: member states and organs, as of any day. */
@RestController
@RequestMapping("/api/v1/governance")
@Tag(
        name = "Governance: members and organs",
        description = "Member and observer states, voting rights, organs and seats, as of any day")
class MembersApiController {
    private final MemberStates members;
    private final MembershipService memberships;
    private final OrganService organs;
    private final ObserverOrganisations observers;
    private final LeadershipService appointments;

    MembersApiController(
            MemberStates members,
            MembershipService memberships,
            OrganService organs,
            ObserverOrganisations observers,
            LeadershipService appointments) {
        this.members = members;
        this.memberships = memberships;
        this.organs = organs;
        this.observers = observers;
        this.appointments = appointments;
    }

    /** A state's standing on a day, its voting right then, and its whole history. */
    record StateDetails(
            String country, @Nullable MemberState onDay, VotingRight votingRight, List<StateStatus> history) {}

    /** Who sat on an organ on a day. */
    record Composition(UUID organ, String code, LocalDate asOf, List<String> countries) {}

    @GetMapping("/members")
    @Operation(summary = "Member and observer states on a day (asOf, default today; status) with their voting rights")
    List<MemberState> members(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            @RequestParam(required = false) @Nullable MembershipStatus status) {
        memberships.requireReader();
        return members.on(day(asOf)).stream()
                .filter(m -> status == null || m.status() == status)
                .toList();
    }

    @GetMapping("/members/{code}")
    @Operation(summary = "One state: standing and voting right on a day, and its history of membership")
    StateDetails member(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        LocalDate day = day(asOf);
        List<StateStatus> history = memberships.history(code);
        if (history.isEmpty()) {
            throw new org.pravaas.shared.NotFoundException("state", code);
        }
        return new StateDetails(code, members.state(code, day).orElse(null), members.votingRight(code, day), history);
    }

    @GetMapping("/members-per-year")
    @Operation(summary = "Members and observers on 1 January of each year")
    List<YearCount> perYear(
            @RequestParam(defaultValue = "1951") int from, @RequestParam(required = false) @Nullable Integer to) {
        memberships.requireReader();
        return members.perYear(from, to == null ? LocalDate.now().getYear() : to);
    }

    @GetMapping("/observer-organisations")
    @Operation(summary = "Intergovernmental and non-governmental organisations with observer status on a day")
    List<ObserverOrganisations.ObserverOrganisation> observerOrganisations(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        memberships.requireReader();
        return observers.on(day(asOf));
    }

    @PostMapping("/memberships")
    @Operation(summary = "Admit a state as a member or grant observer status from a day (governance officers)")
    ResponseEntity<StateStatus> admit(@Valid @RequestBody MembershipCommand command) {
        StateStatus created = memberships.admit(command);
        return ResponseEntity.created(URI.create("/api/v1/governance/members/" + created.country()))
                .body(created);
    }

    @GetMapping("/organs")
    @Operation(summary = "The organs, with the days they existed")
    List<Organ> organs() {
        return organs.all();
    }

    @GetMapping("/organs/{id}/composition")
    @Operation(summary = "The member states sitting on an organ on a day")
    Composition composition(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        Organ organ = organs.get(id);
        LocalDate day = day(asOf);
        return new Composition(id, organ.code(), day, organs.compositionOn(organ, day));
    }

    @PostMapping("/organs/{id}/terms")
    @Operation(summary = "Record an elected term on an organ (governance officers)")
    ResponseEntity<SeatTerm> elect(@PathVariable UUID id, @Valid @RequestBody SeatTermCommand command) {
        SeatTerm term = organs.elect(id, command);
        return ResponseEntity.created(URI.create("/api/v1/governance/organs/" + id + "/composition"))
                .body(term);
    }

    @PostMapping("/heads")
    @Operation(summary = "Appoint a Director General or Deputy; a term overlapping another of the same post is refused")
    ResponseEntity<ExecutiveHead> appoint(@Valid @RequestBody HeadCommand command) {
        ExecutiveHead head = appointments.appoint(command);
        return ResponseEntity.created(URI.create("/api/v1/governance/organs")).body(head);
    }

    private static LocalDate day(@Nullable LocalDate asOf) {
        return asOf == null ? LocalDate.now() : asOf;
    }
}
