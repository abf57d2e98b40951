package org.pravaas.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.registry.matching.Candidate;
import org.pravaas.registry.matching.Registration;
import org.pravaas.registry.matching.Registration.NeedsDecision;
import org.pravaas.registry.matching.Registration.Registered;
import org.pravaas.registry.person.Document;
import org.pravaas.registry.person.DocumentCommand;
import org.pravaas.registry.person.Person;
import org.pravaas.registry.person.PersonCommand;
import org.pravaas.registry.person.PersonDirectory;
import org.pravaas.registry.person.PersonQuery;
import org.pravaas.registry.person.PersonService;
import org.pravaas.shared.api.ETags;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** People over the API: search, read, register (duplicate-aware), change with If-Match, documents, and the match check. */
@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Registry")
class PersonsApiController {
    private final Registration registration;
    private final PersonService persons;
    private final PersonDirectory directory;

    PersonsApiController(Registration registration, PersonService persons, PersonDirectory directory) {
        this.registration = registration;
        this.persons = persons;
        this.directory = directory;
    }

    /** A person to register or check, with the documents shown; {@code confirmedNew} registers despite likely duplicates. */
    record PersonRequest(
            @NotNull(message = "{validation.required}") @Valid PersonCommand person,
            @Nullable List<@Valid DocumentCommand> documents,
            boolean confirmedNew) {
        List<DocumentCommand> docs() {
            return documents == null ? List.of() : documents;
        }
    }

    /** A found person and, for a name search, the probability it is the one asked for. */
    record Hit(Person person, double probability) {}

    /** A person with their documents, as the user may see them. */
    record PersonResponse(Person person, List<Document> documents, boolean sensitiveShown) {}

    /** Not registered: these likely duplicates need a decision (send again with confirmedNew, or use one of them). */
    record Undecided(String status, List<Candidate> candidates) {}

    @GetMapping
    @Operation(
            summary =
                    "Search by name (any script), reference or document number (q), birth (yyyy, yyyy-mm, yyyy-mm-dd), sex")
    List<Hit> search(PersonQuery query) {
        if (query.isEmpty()) return List.of();
        return directory.search(query).stream()
                .map(h -> new Hit(h.person(), h.probability()))
                .toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<PersonResponse> get(@PathVariable UUID id) {
        var view = directory.view(id);
        return ResponseEntity.ok()
                .eTag(ETags.of(view.person().version()))
                .body(new PersonResponse(view.person(), view.documents(), view.sensitiveShown()));
    }

    @PostMapping
    @Operation(
            summary =
                    "Register a person; 409 with the candidates when likely duplicates need a decision (honours Idempotency-Key)")
    ResponseEntity<?> create(@Valid @RequestBody PersonRequest request) {
        var outcome = registration.register(request.person(), request.docs(), request.confirmedNew());
        if (outcome instanceof NeedsDecision d) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(new Undecided("possible-duplicates", d.candidates()));
        }
        Person p = ((Registered) outcome).person();
        var view = directory.view(p.id());
        return ResponseEntity.created(URI.create("/api/v1/persons/" + p.id()))
                .eTag(ETags.of(p.version()))
                .body(new PersonResponse(view.person(), view.documents(), view.sensitiveShown()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a person (requires If-Match with the ETag read)")
    ResponseEntity<Person> change(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody PersonCommand command) {
        long expected = ETags.required(ifMatch, "person", id);
        Person p = persons.update(id, (int) expected, command);
        return ResponseEntity.ok().eTag(ETags.of(p.version())).body(p);
    }

    @PostMapping("/{id}/documents")
    ResponseEntity<Document> addDocument(@PathVariable UUID id, @Valid @RequestBody DocumentCommand command) {
        Document d = persons.addDocument(id, command);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id)).body(d);
    }

    @PostMapping("/match")
    @Operation(summary = "Candidates for a person not yet stored: probabilities and reasons, nothing stored")
    List<Candidate> match(@Valid @RequestBody PersonRequest request) {
        return registration.candidates(request.person(), request.docs());
    }
}
