package org.pravaas.movement.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.movement.MovementRequest;
import org.pravaas.movement.Movements;
import org.pravaas.movement.loan.LoanService;
import org.pravaas.movement.travel.ArrivalService;
import org.pravaas.movement.travel.BookingService;
import org.pravaas.movement.travel.CheckFailure;
import org.pravaas.movement.travel.FlightService;
import org.pravaas.movement.travel.LegCommand;
import org.pravaas.movement.travel.LegService;
import org.pravaas.movement.travel.RequestService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Movements over the API; refusals answer 400 problem details naming the traveller and the check. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Movements")
class MovementApiController {
    private final Movements movements;
    private final RequestService requests;
    private final LegService legs;
    private final BookingService bookings;
    private final FlightService flights;
    private final ArrivalService arrivals;
    private final LoanService loans;
    private final Clock clock;

    MovementApiController(
            Movements movements,
            RequestService requests,
            LegService legs,
            BookingService bookings,
            FlightService flights,
            ArrivalService arrivals,
            LoanService loans,
            Clock clock) {
        this.movements = movements;
        this.requests = requests;
        this.legs = legs;
        this.bookings = bookings;
        this.flights = flights;
        this.arrivals = arrivals;
        this.loans = loans;
        this.clock = clock;
    }

    @PostMapping("/movements")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> open(@RequestBody MovementRequest request) {
        return Map.of("id", movements.request(request).value());
    }

    @GetMapping("/movements/{id}")
    Map<String, Object> read(@PathVariable UUID id) {
        return Map.of(
                "request",
                requests.request(id),
                "travellers",
                requests.shownTravellers(id),
                "bookings",
                bookings.ofRequest(id));
    }

    @PostMapping("/movements/legs")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> leg(@RequestBody LegCommand command) {
        return Map.of("id", legs.add(command));
    }

    @GetMapping("/movements/departures")
    List<?> departures(@RequestParam(required = false) @Nullable LocalDate day) {
        return legs.board(day == null ? LocalDate.now(clock) : day, ZoneOffset.UTC);
    }

    /** The itinerary booked: legs in order, fare per traveller and leg. */
    record BookCommand(List<UUID> legs, @Nullable BigDecimal fare, @Nullable String currency) {}

    @PostMapping("/movements/{id}/bookings")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> book(@PathVariable UUID id, @RequestBody BookCommand c) {
        return Map.of("bookings", bookings.book(id, c.legs(), c.fare(), c.currency()));
    }

    @GetMapping("/movements/legs/{id}/checks")
    List<CheckFailure> checks(@PathVariable UUID id) {
        return flights.check(id);
    }

    @PostMapping("/movements/legs/{id}/confirmation")
    Map<String, Object> confirm(@PathVariable UUID id) {
        return Map.of("confirmed", flights.confirmAll(id));
    }

    @GetMapping("/movements/legs/{id}/manifest")
    List<?> manifest(@PathVariable UUID id) {
        return flights.manifest(id, "api");
    }

    @PostMapping("/movements/legs/{id}/arrivals")
    void arrive(@PathVariable UUID id, @RequestBody List<UUID> persons) {
        arrivals.arrive(id, persons);
    }

    @GetMapping("/loans/{id}")
    Object loan(@PathVariable UUID id) {
        return loans.statement(id);
    }

    /** A repayment in the loan's currency. */
    record Repayment(@Nullable BigDecimal amount, @Nullable String currency) {}

    @PostMapping("/loans/{id}/repayments")
    void repay(@PathVariable UUID id, @RequestBody Repayment r) {
        loans.repay(id, r.amount(), r.currency());
    }
}
