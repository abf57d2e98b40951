package org.pravaas.movement;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.pravaas.movement.demo.MovementPeople;
import org.pravaas.movement.documents.MovementDocuments;
import org.pravaas.movement.travel.Booking;
import org.pravaas.movement.travel.BookingService;
import org.pravaas.movement.travel.FlightService;
import org.pravaas.movement.travel.Leg;
import org.pravaas.movement.travel.LegCommand;
import org.pravaas.movement.travel.LegService;
import org.pravaas.movement.travel.RequestService;
import org.pravaas.movement.travel.Traveller;
import org.pravaas.registry.PersonSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The benchmark's workload (see {@code pravaas bench movement}): a charter of registered
 * travellers booked and ticketed through the services, a day filled with legs and bookings, and
 * the manifest, checks, confirmation and board the pages use. Not for production use: {@link
 * #fillDay} writes rows straight into the module's tables.
 */
@Service("movementWorkload")
public class MovementWorkload {
    private final MovementPeople people;
    private final Movements movements;
    private final RequestService requests;
    private final LegService legs;
    private final BookingService bookings;
    private final FlightService flights;
    private final MovementDocuments documents;
    private final JdbcClient jdbc;

    MovementWorkload(
            MovementPeople people,
            Movements movements,
            RequestService requests,
            LegService legs,
            BookingService bookings,
            FlightService flights,
            MovementDocuments documents,
            JdbcClient jdbc) {
        this.people = people;
        this.movements = movements;
        this.requests = requests;
        this.legs = legs;
        this.bookings = bookings;
        this.flights = flights;
        this.documents = documents;
        this.jdbc = jdbc;
    }

    /** Registers the travellers in Cox’s Bazar and books them, ticketed and with their papers, on one charter. */
    public UUID charter(int travellers, LocalDate day) throws Exception {
        List<PersonSummary> list = people.register("BD-CXB", "CHRT", travellers);
        var ids = list.stream().map(PersonSummary::id).toList();
        UUID request = movements
                .request(new MovementRequest(list.get(0).officeId(), ids, ids, null, "Resettlement", "USRAP", 72, null))
                .value();
        UUID leg = legs.add(new LegCommand(
                list.get(0).officeId(),
                Leg.Mode.FLIGHT,
                "BS",
                "9001",
                "CXB",
                "DAC",
                day.atTime(9, 0),
                null,
                day.atTime(10, 5),
                null));
        bookings.book(request, List.of(leg), new BigDecimal("95.00"), "USD");
        bookings.advance(request, Booking.Status.BOOKED, Booking.Status.TICKETED);
        int n = 0;
        for (Traveller t : requests.travellers(request)) {
            requests.updateTraveller(new Traveller(
                    request,
                    t.personId(),
                    t.adult(),
                    "BX" + (100000 + n++),
                    day.plusYears(3),
                    true,
                    true,
                    true,
                    true,
                    n % 40 == 0 ? "WHEELCHAIR" : ""));
        }
        return leg;
    }

    /** Adds legs departing on the day, one booking each, in the charter's office, by SQL. */
    public long fillDay(int count, LocalDate day, UUID charterLeg) {
        UUID office = legs.leg(charterLeg).officeId();
        UUID request = jdbc.sql("select request_id from movement.booking where leg_id = :l limit 1")
                .param("l", charterLeg)
                .query(UUID.class)
                .single();
        jdbc.sql(
                        """
                insert into movement.leg (id, office_id, mode, carrier, number, origin, destination, departs_at,
                    departs_zone, arrives_at, arrives_zone, created_at)
                select gen_random_uuid(), :office, 'FLIGHT', 'XB', (1000 + g)::text, 'CXB', 'DAC',
                    cast(:start as timestamptz) + (g * interval '8 seconds'), 'Asia/Dhaka',
                    cast(:start as timestamptz) + (g * interval '8 seconds') + interval '65 minutes', 'Asia/Dhaka', now()
                from generate_series(1, cast(:n as int)) g
                """)
                .param("office", office)
                .param(
                        "start",
                        java.sql.Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .param("n", count)
                .update();
        jdbc.sql(
                        """
                insert into movement.booking (id, request_id, person_id, leg_id, office_id, status, updated_at)
                select gen_random_uuid(), :r, gen_random_uuid(), l.id, l.office_id, 'BOOKED', now()
                from movement.leg l where l.carrier = 'XB'
                """)
                .param("r", request)
                .update();
        jdbc.sql("analyze movement.leg").update();
        jdbc.sql("analyze movement.booking").update();
        return count;
    }

    public int manifestPdf(UUID leg, OutputStream out) {
        var lines = flights.manifest(leg, "exported");
        documents.manifestPdf(legs.leg(leg), lines, flights.escorts(leg), out, Locale.ENGLISH);
        return lines.size();
    }

    /** Every check of every ticketed traveller, as the confirmation runs them. */
    public int check(UUID leg) {
        return flights.check(leg).size();
    }

    public int confirm(UUID leg) {
        return flights.confirmAll(leg);
    }

    public int board(LocalDate day) {
        return legs.board(day, ZoneOffset.UTC).size();
    }
}
