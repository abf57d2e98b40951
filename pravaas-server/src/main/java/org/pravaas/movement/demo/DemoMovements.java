package org.pravaas.movement.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.pravaas.movement.MovementRequest;
import org.pravaas.movement.Movements;
import org.pravaas.movement.loan.LoanService;
import org.pravaas.movement.travel.Booking;
import org.pravaas.movement.travel.BookingService;
import org.pravaas.movement.travel.FlightService;
import org.pravaas.movement.travel.Leg;
import org.pravaas.movement.travel.LegCommand;
import org.pravaas.movement.travel.LegService;
import org.pravaas.movement.travel.RequestService;
import org.pravaas.movement.travel.Traveller;
import org.pravaas.registry.PersonId;
import org.pravaas.registry.PersonSummary;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo's movements, seeded once after the registry: a return of a Syrian family from Amman
 * through Istanbul, ticketed, whose checks the movement officer (Amman’s regional office) sees
 * failing until health clears them; an escort on the flight; fare loans, one overdue.
 */
@Component
@Profile("demo")
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "pravaas.demo.seed", havingValue = "true", matchIfMissing = true)
@Order(50)
class DemoMovements implements ApplicationRunner {
    /** The case reference of the demo family's movement. */
    static final String REFERENCE = "AMM-AVRR-2026-0042";

    private final JdbcClient jdbc;
    private final MovementPeople people;
    private final Movements movements;
    private final DemoTrip trip;
    private final Clock clock;

    DemoMovements(JdbcClient jdbc, MovementPeople people, Movements movements, DemoTrip trip, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.movements = movements;
        this.trip = trip;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        // Other modules' demos open requests of their own (cases, placements): look for this one.
        if (jdbc.sql("select count(*) from movement.request where case_reference = :r")
                        .param("r", REFERENCE)
                        .query(Long.class)
                        .single()
                > 0) return;
        try {
            List<PersonSummary> family = people.register("JO-AMM", "AMMV", 5);
            if (family.isEmpty()) return;
            List<PersonId> ids = family.stream().map(PersonSummary::id).toList();
            var id = movements.request(new MovementRequest(
                    family.get(0).officeId(),
                    ids,
                    ids.subList(0, 4),
                    null,
                    "Assisted voluntary return",
                    "AVRR",
                    72,
                    REFERENCE));
            trip.plan(id.value(), LocalDate.now(clock).plusDays(1));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The itinerary, bookings, checks recorded for most travellers, an escort and the loans. */
    @Component
    static class DemoTrip {
        private final RequestService requests;
        private final LegService legs;
        private final BookingService bookings;
        private final FlightService flights;
        private final LoanService loans;

        DemoTrip(
                RequestService requests,
                LegService legs,
                BookingService bookings,
                FlightService flights,
                LoanService loans) {
            this.requests = requests;
            this.legs = legs;
            this.bookings = bookings;
            this.flights = flights;
            this.loans = loans;
        }

        void plan(UUID request, LocalDate day) {
            var r = requests.request(request);
            UUID first = legs.add(new LegCommand(
                    r.officeId(),
                    Leg.Mode.FLIGHT,
                    "TK",
                    "813",
                    "AMM",
                    "IST",
                    day.atTime(3, 10),
                    null,
                    day.atTime(6, 5),
                    null));
            UUID second = legs.add(new LegCommand(
                    r.officeId(),
                    Leg.Mode.BUS,
                    "Nour Travel",
                    "N-12",
                    "IST",
                    "KILIS BORDER",
                    day.atTime(9, 30),
                    null,
                    LocalDateTime.of(day.plusDays(1), java.time.LocalTime.of(1, 0)),
                    "Europe/Istanbul"));
            bookings.book(request, List.of(first, second), new BigDecimal("212.500"), "JOD");
            bookings.advance(request, Booking.Status.BOOKED, Booking.Status.TICKETED);
            List<Traveller> travellers = requests.travellers(request);
            for (int i = 0; i < travellers.size(); i++) {
                Traveller t = travellers.get(i);
                // The last traveller's passport expires before the trip: the screen says so.
                LocalDate expires = i == travellers.size() - 1 ? day.minusDays(3) : day.plusYears(4);
                requests.updateTraveller(new Traveller(
                        request,
                        t.personId(),
                        t.adult(),
                        "N" + (1040300 + i),
                        expires,
                        true,
                        true,
                        true,
                        true,
                        t.adult() ? "" : "UNACCOMPANIED_MINOR"));
            }
            flights.addEscort(first, "Mariam Odeh", "OPERATIONAL");
            for (Traveller t : travellers.stream().filter(Traveller::adult).toList()) {
                UUID loan = loans.lend(request, t.personId(), new BigDecimal("212.500"), "JOD", 6, day.minusMonths(3));
                loans.sign(loan);
                loans.repay(loan, new BigDecimal("35.000"), "JOD");
            }
        }
    }
}
