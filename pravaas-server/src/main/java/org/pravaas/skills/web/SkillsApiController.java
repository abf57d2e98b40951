package org.pravaas.skills.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.PageRequest;
import org.pravaas.shared.api.ApiPage;
import org.pravaas.shared.api.ETags;
import org.pravaas.skills.figures.FigureRow;
import org.pravaas.skills.figures.SkillsFigures;
import org.pravaas.skills.matching.MatchService;
import org.pravaas.skills.matching.ScorePart;
import org.pravaas.skills.occupation.Occupation;
import org.pravaas.skills.occupation.Occupations;
import org.pravaas.skills.opening.Opening;
import org.pravaas.skills.opening.OpeningCommand;
import org.pravaas.skills.opening.OpeningKind;
import org.pravaas.skills.opening.OpeningService;
import org.pravaas.skills.opening.OpeningStatus;
import org.pravaas.skills.placement.Payment;
import org.pravaas.skills.placement.Placement;
import org.pravaas.skills.placement.PlacementCommands;
import org.pravaas.skills.placement.PlacementService;
import org.pravaas.skills.placement.PlacementStatus;
import org.pravaas.skills.profile.Profile;
import org.pravaas.skills.profile.ProfileCommand;
import org.pravaas.skills.profile.ProfileKind;
import org.pravaas.skills.profile.ProfileService;
import org.springframework.context.MessageSource;
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

/** {@code /api/v1/skills}: occupations, profiles, openings with their ranked candidates, placements, figures. */
@RestController
@RequestMapping("/api/v1/skills")
@Tag(name = "Skills", description = "Labour mobility: profiles, openings, matching, placements")
class SkillsApiController {
    private final ProfileService profiles;
    private final OpeningService openings;
    private final MatchService matching;
    private final PlacementService placements;
    private final Occupations occupations;
    private final SkillsFigures figures;
    private final MessageSource messages;

    SkillsApiController(
            ProfileService profiles,
            OpeningService openings,
            MatchService matching,
            PlacementService placements,
            Occupations occupations,
            SkillsFigures figures,
            MessageSource messages) {
        this.profiles = profiles;
        this.openings = openings;
        this.matching = matching;
        this.placements = placements;
        this.occupations = occupations;
        this.figures = figures;
        this.messages = messages;
    }

    /** One aspect of a score, its reason in the caller's language. */
    record Part(ScorePart.Aspect aspect, double points, int max, String reason) {}

    record Candidate(int rank, UUID profileId, UUID personId, long score, List<Part> parts) {}

    record OpeningMatch(UUID openingId, String reference, String title, long score, List<Part> parts) {}

    @GetMapping("/occupations/{code}")
    @Operation(summary = "An ISCO-08 group with its path from the major group (404 for an unknown code)")
    List<Occupation> occupation(@PathVariable String code) {
        if (occupations.find(code).isEmpty()) throw new NotFoundException("occupation", code);
        return occupations.path(code);
    }

    @GetMapping("/profiles")
    @Operation(summary = "Profiles in the caller's offices, by headline, skill or ISCO code")
    ApiPage<Profile> profiles(
            @RequestParam(required = false) @Nullable ProfileKind kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) @Nullable String q) {
        return ApiPage.of(profiles.search(kind, new PageRequest(page, size, null, false, q)));
    }

    @PostMapping("/profiles")
    @Operation(
            summary =
                    "Creates the profile of a registry person (400 with the reasons: unknown ISCO codes, countries, languages)")
    ResponseEntity<Profile> create(@Valid @RequestBody ProfileCommand command) {
        Profile p = profiles.create(command);
        return ResponseEntity.created(URI.create("/api/v1/skills/profiles/" + p.id()))
                .eTag(ETags.of(p.version()))
                .body(p);
    }

    @GetMapping("/profiles/{id}")
    ResponseEntity<Profile> profile(@PathVariable UUID id) {
        Profile p = profiles.view(id).profile();
        return ResponseEntity.ok().eTag(ETags.of(p.version())).body(p);
    }

    @PutMapping("/profiles/{id}")
    @Operation(summary = "Changes a profile; send its ETag in If-Match")
    ResponseEntity<Profile> change(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ProfileCommand command) {
        int version = (int) ETags.required(ifMatch, "profile", id);
        Profile p = profiles.change(id, version, command);
        return ResponseEntity.ok().eTag(ETags.of(p.version())).body(p);
    }

    @GetMapping("/profiles/{id}/openings")
    @Operation(summary = "The open openings that suit a candidate best, with the explained score")
    List<OpeningMatch> openingsFor(@PathVariable UUID id, @RequestParam(defaultValue = "10") int limit, Locale locale) {
        return matching.openingsFor(id, Math.min(limit, 100)).stream()
                .map(m -> new OpeningMatch(
                        m.opening().id(),
                        m.opening().reference(),
                        m.opening().title(),
                        m.score(),
                        parts(m.parts(), locale)))
                .toList();
    }

    @GetMapping("/openings")
    ApiPage<Opening> openings(
            @RequestParam(required = false) @Nullable OpeningKind kind,
            @RequestParam(required = false) @Nullable OpeningStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) @Nullable String q) {
        return ApiPage.of(openings.search(kind, status, new PageRequest(page, size, null, true, q)));
    }

    @PostMapping("/openings")
    ResponseEntity<Opening> post(@Valid @RequestBody OpeningCommand command) {
        Opening o = openings.post(command);
        return ResponseEntity.created(URI.create("/api/v1/skills/openings/" + o.id()))
                .body(o);
    }

    @GetMapping("/openings/{id}")
    Opening opening(@PathVariable UUID id) {
        return openings.get(id);
    }

    @GetMapping("/openings/{id}/candidates")
    @Operation(
            summary =
                    "Candidates ranked for an opening (consenting profiles of the caller's offices), each score explained")
    List<Candidate> candidates(@PathVariable UUID id, @RequestParam(defaultValue = "20") int limit, Locale locale) {
        return matching.candidates(id, limit).stream()
                .map(c -> new Candidate(c.rank(), c.profileId(), c.personId(), c.score(), parts(c.parts(), locale)))
                .toList();
    }

    @PostMapping("/placements")
    @Operation(summary = "Offers a candidate a place (400 when it overlaps another placement of the person)")
    ResponseEntity<Placement> offer(@Valid @RequestBody PlacementCommands.Offer command) {
        Placement p = placements.offer(command);
        return ResponseEntity.created(URI.create("/api/v1/skills/placements/" + p.id()))
                .body(p);
    }

    @GetMapping("/placements/{id}")
    Placement placement(@PathVariable UUID id) {
        return placements.view(id).placement();
    }

    @PostMapping("/placements/{id}/{status:accept|decline|withdraw}")
    Placement move(@PathVariable UUID id, @PathVariable String status) {
        PlacementStatus to =
                switch (status) {
                    case "accept" -> PlacementStatus.ACCEPTED;
                    case "decline" -> PlacementStatus.DECLINED;
                    default -> PlacementStatus.WITHDRAWN;
                };
        return placements.move(id, to);
    }

    @PostMapping("/placements/{id}/payments")
    @Operation(summary = "Records a payment (400 when its period is outside the contract or the currency is unknown)")
    Payment pay(@PathVariable UUID id, @Valid @RequestBody PlacementCommands.Pay command) {
        return placements.pay(id, command);
    }

    @PostMapping("/placements/{id}/travel")
    @Operation(summary = "Asks the movement module for the journey (publishes PlacementTravelRequested)")
    org.pravaas.skills.PlacementTravelRequested travel(
            @PathVariable UUID id, @Valid @RequestBody PlacementCommands.Travel command) {
        return placements.requestTravel(id, command);
    }

    @PostMapping("/placements/{id}/reports")
    @Operation(summary = "Records a report from the host institution or employer")
    org.pravaas.skills.placement.HostReport report(
            @PathVariable UUID id, @Valid @RequestBody PlacementCommands.Report command) {
        return placements.report(id, command);
    }

    @PostMapping("/placements/{id}/evaluation")
    @Operation(summary = "Closes a placement with its end-of-assignment evaluation")
    Placement evaluate(@PathVariable UUID id, @Valid @RequestBody PlacementCommands.Evaluate command) {
        return placements.evaluate(id, command);
    }

    @GetMapping("/figures")
    @Operation(summary = "People placed, person-months and outcomes per country and ISCO group (digits 1 to 4)")
    List<FigureRow> figures(
            @RequestParam(defaultValue = "1") int digits, @RequestParam(required = false) @Nullable OpeningKind kind) {
        return figures.byCountryAndOccupation(digits, kind);
    }

    private List<Part> parts(List<ScorePart> parts, Locale locale) {
        return parts.stream()
                .map(p -> new Part(
                        p.aspect(),
                        Math.round(p.points() * 10) / 10.0,
                        p.max(),
                        messages.getMessage(p.messageKey(), p.args().toArray(), locale)))
                .toList();
    }
}
