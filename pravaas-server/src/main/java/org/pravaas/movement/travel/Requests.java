package org.pravaas.movement.travel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Movement requests and their travellers. */
@Repository
class Requests {
    private final JdbcClient jdbc;

    Requests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Request r, String by) {
        jdbc.sql(
                        """
                insert into movement.request (id, reference, office_id, reason, programme, fit_window_hours,
                    household_id, case_reference, status, created_at, created_by)
                values (:id, :ref, :office, :reason, :programme, :window, :household, :caseRef, 'OPEN', :at, :by)
                """)
                .param("id", r.id())
                .param("ref", r.reference())
                .param("office", r.officeId())
                .param("reason", r.reason())
                .param("programme", r.programme())
                .param("window", r.fitWindowHours())
                .param("household", r.householdId())
                .param("caseRef", r.caseReference())
                .param("at", java.sql.Timestamp.from(r.createdAt()))
                .param("by", by)
                .update();
    }

    /** Requests of the year in every office: the reference number is unique across offices. */
    long countInYear(int year) {
        return jdbc.sql("select count(*) from movement.request where extract(year from created_at) = :y")
                .param("y", year)
                .query(Long.class)
                .single();
    }

    /** The request opened for a placement's travel request, if any. */
    Optional<UUID> forPlacement(UUID travelRequest) {
        return jdbc.sql("select id from movement.request where placement_request_id = :t")
                .param("t", travelRequest)
                .query(UUID.class)
                .optional();
    }

    void markPlacement(UUID id, UUID travelRequest) {
        jdbc.sql("update movement.request set placement_request_id = :t where id = :id")
                .param("t", travelRequest)
                .param("id", id)
                .update();
    }

    /** The request casework opened for a case, if any. */
    Optional<Request> forCase(String caseReference) {
        return jdbc.sql("select * from movement.request where case_reference = :r and for_case")
                .param("r", caseReference)
                .query(Requests::request)
                .optional();
    }

    void markForCase(UUID id) {
        jdbc.sql("update movement.request set for_case = true where id = :id")
                .param("id", id)
                .update();
    }

    /** The case a request reports back to: only one casework opened, never a reference typed on a request. */
    Optional<String> followedCase(UUID id) {
        return jdbc.sql("select case_reference from movement.request where id = :id and for_case")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    Optional<Request> find(UUID id) {
        return jdbc.sql("select * from movement.request where id = :id")
                .param("id", id)
                .query(Requests::request)
                .optional();
    }

    List<Request> recent(List<UUID> offices, int limit) {
        return jdbc.sql("select * from movement.request where office_id in (:o) order by created_at desc limit :n")
                .param("o", offices)
                .param("n", limit)
                .query(Requests::request)
                .list();
    }

    void status(UUID id, String status) {
        jdbc.sql("update movement.request set status = :s where id = :id")
                .param("s", status)
                .param("id", id)
                .update();
    }

    void insertTraveller(UUID request, UUID person, boolean adult) {
        jdbc.sql("insert into movement.traveller (request_id, person_id, adult) values (:r, :p, :a)")
                .param("r", request)
                .param("p", person)
                .param("a", adult)
                .update();
    }

    int updateTraveller(Traveller t) {
        return jdbc.sql(
                        """
                update movement.traveller set document_number = :doc, document_expires = :exp,
                    exit_permit = :exit, entry_permit = :entry, consent = :consent,
                    needs_recorded = :recorded, special_needs = :needs
                where request_id = :r and person_id = :p
                """)
                .param("doc", t.documentNumber())
                .param("exp", t.documentExpires())
                .param("exit", t.exitPermit())
                .param("entry", t.entryPermit())
                .param("consent", t.consent())
                .param("recorded", t.needsRecorded())
                .param("needs", t.specialNeeds())
                .param("r", t.requestId())
                .param("p", t.personId())
                .update();
    }

    List<Traveller> travellers(UUID request) {
        return jdbc.sql("select * from movement.traveller where request_id = :r order by person_id")
                .param("r", request)
                .query(Requests::traveller)
                .list();
    }

    static Traveller traveller(ResultSet rs, int n) throws SQLException {
        return new Traveller(
                rs.getObject("request_id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getBoolean("adult"),
                rs.getString("document_number"),
                rs.getObject("document_expires", java.time.LocalDate.class),
                rs.getBoolean("exit_permit"),
                rs.getBoolean("entry_permit"),
                rs.getBoolean("consent"),
                rs.getBoolean("needs_recorded"),
                rs.getString("special_needs"));
    }

    private static Request request(ResultSet rs, int n) throws SQLException {
        return new Request(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getObject("office_id", UUID.class),
                rs.getString("reason"),
                rs.getString("programme"),
                rs.getInt("fit_window_hours"),
                rs.getObject("household_id", UUID.class),
                rs.getString("case_reference"),
                rs.getString("status"),
                rs.getTimestamp("created_at").toInstant());
    }
}
