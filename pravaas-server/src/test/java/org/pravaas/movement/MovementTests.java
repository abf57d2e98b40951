package org.pravaas.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.health.clearance.HoldService;
import org.pravaas.movement.demo.MovementPeople;
import org.pravaas.movement.documents.MovementDocuments;
import org.pravaas.movement.travel.ArrivalService;
import org.pravaas.movement.travel.Booking;
import org.pravaas.movement.travel.BookingService;
import org.pravaas.movement.travel.Check;
import org.pravaas.movement.travel.CheckFailure;
import org.pravaas.movement.travel.FlightService;
import org.pravaas.movement.travel.Leg;
import org.pravaas.movement.travel.LegCommand;
import org.pravaas.movement.travel.LegService;
import org.pravaas.movement.travel.RequestService;
import org.pravaas.movement.travel.Traveller;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.registry.PersonSummary;
import org.pravaas.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Movements on the embedded PostgreSQL: legs in local zones, booking rules, enforced checks, holds, arrivals. */
@PravaasTest
@RecordApplicationEvents
class MovementTests {
    @Autowired
    MovementFixtures fixtures;

    @Autowired
    Movements movements;

    @Autowired
    RequestService requests;

    @Autowired
    LegService legs;

    @Autowired
    BookingService bookings;

    @Autowired
    FlightService flights;

    @Autowired
    ArrivalService arrivals;

    @Autowired
    HoldService holds;

    @Autowired
    BatchIdentity identity;

    @Autowired
    MovementDocuments documents;

    @Autowired
    MovementPeople people;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void storesLegTimesAsInstantsOfEachEndsLocalZoneAndRefusesALegArrivingBeforeItDeparts() {
        identity.actAs("admin");
        UUID office = identity.actAs("admin").officeId().value();
        UUID id = legs.add(new LegCommand(
                office,
                Leg.Mode.FLIGHT,
                "RJ",
                "181",
                "AMM",
                "cdg",
                LocalDateTime.of(2026, 12, 1, 10, 0),
                null,
                LocalDateTime.of(2026, 12, 1, 13, 30),
                null));
        Leg leg = legs.leg(id);
        assertThat(leg.departsAt()).isEqualTo(Instant.parse("2026-12-01T07:00:00Z"));
        assertThat(leg.arrivesAt()).isEqualTo(Instant.parse("2026-12-01T12:30:00Z"));
        assertThat(leg.arrivesZone().getId()).isEqualTo("Europe/Paris");
        assertThat(leg.destination()).isEqualTo("CDG");

        assertThatThrownBy(() -> legs.add(new LegCommand(
                        office,
                        Leg.Mode.FLIGHT,
                        "RJ",
                        "182",
                        "CDG",
                        "AMM",
                        LocalDateTime.of(2026, 12, 2, 15, 0),
                        null,
                        LocalDateTime.of(2026, 12, 2, 15, 30),
                        null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation.Violation::messageKey)
                        .containsExactly("movement.leg.arrives-before-departs"));
        assertThatThrownBy(() -> legs.add(new LegCommand(
                        office,
                        Leg.Mode.BUS,
                        null,
                        null,
                        "Ruwaished crossing",
                        "AMM",
                        LocalDateTime.of(2026, 12, 2, 8, 0),
                        null,
                        LocalDateTime.of(2026, 12, 2, 14, 0),
                        null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation.Violation::field, RuleViolation.Violation::messageKey)
                        .containsExactly(tuple("origin", "movement.leg.unknown-airport")));
    }

    @Test
    void refusesLegsOutOfOrderAndAPersonOnTwoOverlappingLegsAndBooksNothing() throws Exception {
        List<PersonSummary> family = people.register("BD-CXB", "MVOV", 2);
        UUID request = open(family);
        LocalDate day = LocalDate.now().plusDays(20);
        UUID first = leg("CXB", "DAC", day.atTime(10, 0), day.atTime(11, 5), "BS 142");
        UUID second = leg("DAC", "IST", day.atTime(9, 0), day.atTime(16, 0), "TK 713");
        assertThatThrownBy(() -> bookings.book(request, List.of(first, second), null, null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation.Violation::messageKey)
                        .containsExactly("movement.booking.legs-out-of-order"));
        assertThat(bookings.ofRequest(request)).isEmpty();

        bookings.book(request, List.of(first), new BigDecimal("95.50"), "USD");
        UUID overlapping = leg("CXB", "CGP", day.atTime(10, 30), day.atTime(11, 30), "BG 77");
        UUID again = open(family.subList(0, 1));
        assertThatThrownBy(() -> bookings.book(again, List.of(overlapping), null, null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation.Violation::messageKey, v -> v.args()[0])
                        .containsExactly(
                                tuple("movement.booking.overlap", family.get(0).name())));
        assertThat(bookings.ofRequest(again)).isEmpty();
        assertThatThrownBy(() -> bookings.book(again, List.of(overlapping), new BigDecimal("1.234"), "USD"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation.Violation::messageKey)
                        .contains("movement.money.too-precise"));
    }

    @Test
    void confirmsACharterOnlyWhenEveryTravellerPassesEveryCheckAndNamesEachFailure() throws Exception {
        List<PersonSummary> group = fixtures.fitTravellers("MVCH", 3);
        UUID request = open(group);
        LocalDate day = LocalDate.now().plusDays(1);
        UUID flight = leg("CXB", "DAC", day.atTime(10, 0), day.atTime(11, 5), "BS 150");
        bookings.book(request, List.of(flight), new BigDecimal("80"), "USD");
        bookings.advance(request, Booking.Status.BOOKED, Booking.Status.TICKETED);
        ready(request, day.plusYears(2));
        Traveller late = requests.travellers(request).get(0);
        requests.updateTraveller(new Traveller(
                request, late.personId(), late.adult(), "P123", day.minusDays(1), true, true, false, true, ""));

        assertThatThrownBy(() -> flights.confirmAll(flight)).isInstanceOf(RuleViolation.class);
        List<CheckFailure> failures = flights.check(flight);
        assertThat(failures)
                .extracting(CheckFailure::personId, CheckFailure::check)
                .containsExactlyInAnyOrder(
                        tuple(late.personId(), Check.TRAVEL_DOCUMENT), tuple(late.personId(), Check.CONSENT));
        assertThat(bookings.ofRequest(request)).extracting(Booking::status).containsOnly(Booking.Status.TICKETED);

        ready(request, day.plusYears(2));
        assertThat(flights.confirmAll(flight)).isEqualTo(3);
        assertThat(bookings.ofRequest(request)).extracting(Booking::status).containsOnly(Booking.Status.CONFIRMED);
    }

    @Test
    void aHealthHoldUnconfirmsTheTravellerAtOnceAndBlocksConfirmationAndBooking() throws Exception {
        List<PersonSummary> one = fixtures.fitTravellers("MVHD", 1);
        UUID request = open(one);
        LocalDate day = LocalDate.now().plusDays(1);
        UUID flight = leg("CXB", "DAC", day.atTime(14, 0), day.atTime(15, 5), "BS 152");
        bookings.book(request, List.of(flight), null, null);
        bookings.advance(request, Booking.Status.REQUESTED, Booking.Status.BOOKED);
        bookings.advance(request, Booking.Status.BOOKED, Booking.Status.TICKETED);
        ready(request, day.plusYears(2));
        flights.confirmAll(flight);

        identity.actAs("health");
        holds.place(one.get(0).id(), "Fever under investigation");
        identity.actAs("admin");
        await().atMost(Duration.ofSeconds(20))
                .pollInSameThread()
                .until(() -> bookings.ofRequest(request).get(0).status() == Booking.Status.TICKETED);
        assertThat(flights.check(flight))
                .extracting(CheckFailure::check, CheckFailure::reasonKey)
                .containsExactly(tuple(Check.HEALTH_HOLD, "movement.check.on-hold"));
        UUID later = leg("DAC", "IST", day.atTime(20, 0), day.plusDays(1).atTime(2, 0), "TK 713");
        assertThatThrownBy(() -> bookings.book(open(one), List.of(later), null, null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation.Violation::messageKey)
                        .containsExactly("movement.booking.on-hold"));
    }

    @Test
    void aNoShowIsAnnouncedAndTheArrivalsOfTheRestCompleteTheMovement() throws Exception {
        List<PersonSummary> pair = fixtures.fitTravellers("MVAR", 2);
        UUID request = open(pair);
        LocalDate day = LocalDate.now().plusDays(1);
        UUID flight = leg("CXB", "DAC", day.atTime(6, 0), day.atTime(7, 5), "BS 154");
        bookings.book(request, List.of(flight), new BigDecimal("60"), "USD");
        bookings.advance(request, Booking.Status.BOOKED, Booking.Status.TICKETED);
        ready(request, day.plusYears(2));
        flights.confirmAll(flight);
        List<Booking> booked = bookings.ofRequest(request);
        Booking absent = booked.get(0);
        Booking present = booked.get(1);

        assertThatThrownBy(() -> arrivals.noShow(absent.id(), " "))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(
                                e.violations().get(0).messageKey())
                        .isEqualTo("movement.no-show.reason-required"));
        arrivals.noShow(absent.id(), "Did not come to the airport");
        arrivals.depart(flight);
        arrivals.arrive(flight, List.of(present.personId()));

        assertThat(events.stream(TravellerNoShow.class))
                .extracting(e -> e.person().value(), TravellerNoShow::reason)
                .containsExactly(tuple(absent.personId(), "Did not come to the airport"));
        assertThat(events.stream(MovementCompleted.class))
                .filteredOn(e -> e.movement().value().equals(request))
                .singleElement()
                .satisfies(
                        e -> assertThat(e.arrived()).extracting(p -> p.value()).containsExactly(present.personId()));
        assertThat(requests.request(request).status()).isEqualTo("COMPLETED");
        UUID next =
                leg("CXB", "DAC", day.plusDays(2).atTime(6, 0), day.plusDays(2).atTime(7, 5), "BS 154");
        bookings.rebook(absent.id(), next);
        assertThat(bookings.ofRequest(request))
                .extracting(Booking::personId, Booking::status)
                .contains(tuple(absent.personId(), Booking.Status.BOOKED));
    }

    @Test
    void printsTheManifestAsPdfAndCsvWithTheFieldsAirlinesExpect() throws Exception {
        List<PersonSummary> group = people.register("BD-CXB", "MVMF", 2);
        UUID request = open(group);
        LocalDate day = LocalDate.now().plusDays(30);
        UUID flight = leg("CXB", "DAC", day.atTime(6, 0), day.atTime(7, 5), "BS 156");
        bookings.book(request, List.of(flight), null, null);
        ready(request, day.plusYears(1));
        var lines = flights.manifest(flight, "exported");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        documents.manifestPdf(legs.leg(flight), lines, flights.escorts(flight), pdf, Locale.forLanguageTag("ar"));
        assertThat(new String(pdf.toByteArray(), 0, 4, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        documents.manifestCsv(lines, csv, Locale.ENGLISH);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text)
                .contains("Name", "Document", "Special needs", group.get(0).latinName(), "P0");
        assertThat(text.lines().count()).isEqualTo(3);
    }

    private UUID open(List<PersonSummary> people) {
        identity.actAs("admin");
        var ids = people.stream().map(PersonSummary::id).toList();
        return movements
                .request(new MovementRequest(
                        people.get(0).officeId(), ids, ids, null, "Resettlement", "USRAP", 72, null))
                .value();
    }

    private UUID leg(String from, String to, LocalDateTime departs, LocalDateTime arrives, String flight) {
        String[] f = flight.split(" ");
        return legs.add(new LegCommand(
                identity.actAs("admin").officeId().value(),
                Leg.Mode.FLIGHT,
                f[0],
                f[1],
                from,
                to,
                departs,
                null,
                arrives,
                null));
    }

    private void ready(UUID request, LocalDate expires) {
        int n = 0;
        for (Traveller t : requests.travellers(request)) {
            requests.updateTraveller(
                    new Traveller(request, t.personId(), t.adult(), "P0" + n++, expires, true, true, true, true, ""));
        }
    }
}
