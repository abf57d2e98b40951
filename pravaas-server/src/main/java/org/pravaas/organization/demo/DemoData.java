package org.pravaas.organization.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Role;
import org.pravaas.organization.office.OfficeCommand;
import org.pravaas.organization.office.OfficeType;
import org.pravaas.organization.office.Offices;
import org.pravaas.organization.user.ApiTokens;
import org.pravaas.organization.user.UserCommand;
import org.pravaas.organization.user.Users;
import org.pravaas.shared.Ids;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organisation: an office tree from headquarters to sub-offices, partners, one account
 * per role (password {@code pravaas-demo}) and the admin's API token. Only in the demo profile,
 * and only once.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "pravaas.demo.seed", havingValue = "true", matchIfMissing = true)
@Order(0)
class DemoData implements ApplicationRunner {
    static final String PASSWORD = "pravaas-demo";
    static final String ADMIN_TOKEN = "pravaas-demo-admin-token";

    private final Offices offices;
    private final Users users;
    private final ApiTokens tokens;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Map<String, UUID> officeIds = new HashMap<>();
    private final Map<String, String> paths = new HashMap<>();

    DemoData(Offices offices, Users users, ApiTokens tokens, PasswordEncoder encoder, AuditLog audit, JdbcClient jdbc) {
        this.offices = offices;
        this.users = users;
        this.tokens = tokens;
        this.encoder = encoder;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (offices.findByCode("HQ").isPresent()) {
            return;
        }
        seedOffices();
        UUID partner = seedPartners();
        seedUsers(partner);
        audit.record(AuditEvent.of("demo.seeded", "installation", "demo", null).by("system"));
    }

    private void seedOffices() {
        office("HQ", "Headquarters", OfficeType.HEADQUARTERS, null, "CH", "Geneva", "Europe/Zurich", "en,fr,es");
        office(
                "RO-MENA",
                "Regional Office for the Middle East and North Africa",
                OfficeType.REGIONAL_OFFICE,
                "HQ",
                "EG",
                "Cairo",
                "Africa/Cairo",
                "ar,en,fr");
        office(
                "RO-AP",
                "Regional Office for Asia and the Pacific",
                OfficeType.REGIONAL_OFFICE,
                "HQ",
                "TH",
                "Bangkok",
                "Asia/Bangkok",
                "en");
        office(
                "RO-LAC",
                "Regional Office for Latin America and the Caribbean",
                OfficeType.REGIONAL_OFFICE,
                "HQ",
                "CR",
                "San José",
                "America/Costa_Rica",
                "es,en");
        office(
                "JO-AMM",
                "Mission in Jordan",
                OfficeType.COUNTRY_MISSION,
                "RO-MENA",
                "JO",
                "Amman",
                "Asia/Amman",
                "ar,en");
        office("JO-MFQ", "Mafraq Sub-Office", OfficeType.SUB_OFFICE, "JO-AMM", "JO", "Mafraq", "Asia/Amman", "ar");
        office(
                "LB-BEY",
                "Mission in Lebanon",
                OfficeType.COUNTRY_MISSION,
                "RO-MENA",
                "LB",
                "Beirut",
                "Asia/Beirut",
                "ar,fr,en");
        office(
                "IQ-BGW",
                "Mission in Iraq",
                OfficeType.COUNTRY_MISSION,
                "RO-MENA",
                "IQ",
                "Baghdad",
                "Asia/Baghdad",
                "ar,ku,en");
        office(
                "IN-DEL",
                "Mission in India",
                OfficeType.COUNTRY_MISSION,
                "RO-AP",
                "IN",
                "New Delhi",
                "Asia/Kolkata",
                "hi,en");
        office(
                "KR-SEL",
                "Mission in the Republic of Korea",
                OfficeType.COUNTRY_MISSION,
                "RO-AP",
                "KR",
                "Seoul",
                "Asia/Seoul",
                "ko,en");
        office(
                "BD-DAC",
                "Mission in Bangladesh",
                OfficeType.COUNTRY_MISSION,
                "RO-AP",
                "BD",
                "Dhaka",
                "Asia/Dhaka",
                "bn,en");
        office(
                "BD-CXB",
                "Cox's Bazar Sub-Office",
                OfficeType.SUB_OFFICE,
                "BD-DAC",
                "BD",
                "Cox's Bazar",
                "Asia/Dhaka",
                "bn,en");
        office(
                "CO-BOG",
                "Mission in Colombia",
                OfficeType.COUNTRY_MISSION,
                "RO-LAC",
                "CO",
                "Bogotá",
                "America/Bogota",
                "es");
    }

    private void office(
            String code,
            String name,
            OfficeType type,
            @Nullable String parent,
            String country,
            String city,
            String zone,
            String languages) {
        UUID id = Ids.newId();
        UUID parentId = parent == null ? null : officeIds.get(parent);
        String path = (parent == null ? "/" : paths.get(parent)) + id + "/";
        offices.insert(
                id,
                new OfficeCommand(
                        code,
                        name,
                        type,
                        parentId,
                        country,
                        city,
                        zone,
                        List.of(languages.split(",")),
                        LocalDate.of(2001, 1, 1).plusYears(officeIds.size()),
                        null),
                path);
        officeIds.put(code, id);
        paths.put(code, path);
    }

    private UUID seedPartners() {
        UUID legalAid = partner("Amman Legal Aid Network", "ALAN", "NGO", "JO", "JO-AMM");
        partner("Ministry of Labour and Employment", null, "GOVERNMENT", "IN", "IN-DEL");
        partner("Coastal Shelter Alliance", "CSA", "NGO", "BD", "BD-CXB");
        partner("World Food Relief Programme", "WFRP", "UN_AGENCY", "CH", "HQ");
        partner("Andean Migration Observatory", "AMO", "ACADEMIC", "CO", "CO-BOG");
        jdbc.sql(
                        """
                insert into organization.partner_contact (id, partner_id, name, title, email, phone)
                values (:id, :partner, 'Rania Haddad', 'Programme coordinator', 'coordination@alan.example', '+962 6 555 0101')
                """)
                .param("id", Ids.newId())
                .param("partner", legalAid)
                .update();
        jdbc.sql(
                        """
                insert into organization.partner_agreement (id, partner_id, type, reference, starts_on, ends_on)
                values (:id, :partner, 'IMPLEMENTING_PARTNERSHIP', 'JO-IP-2025-014', date '2025-01-01', date '2027-12-31')
                """)
                .param("id", Ids.newId())
                .param("partner", legalAid)
                .update();
        return legalAid;
    }

    private UUID partner(String name, @Nullable String acronym, String type, String country, String office) {
        UUID id = Ids.newId();
        jdbc.sql(
                        """
                insert into organization.partner (id, name, acronym, type, country, office_id)
                values (:id, :name, :acronym, :type, :country, :office)
                """)
                .param("id", id)
                .param("name", name)
                .param("acronym", acronym)
                .param("type", type)
                .param("country", country)
                .param("office", officeIds.get(office))
                .update();
        return id;
    }

    private void seedUsers(UUID partner) {
        String hash = encoder.encode(PASSWORD);
        UUID admin = user("admin", "Amina Diallo", "HQ", Role.ADMINISTRATOR, "en", null, hash);
        user("registrar", "Omar Khalil", "JO-AMM", Role.REGISTRAR, "en", null, hash);
        user("caseworker", "Claire Martin", "LB-BEY", Role.CASEWORKER, "fr", null, hash);
        user("health", "Farhana Akter", "BD-CXB", Role.HEALTH_OFFICER, "en", null, hash);
        user("movements", "Youssef Benali", "RO-MENA", Role.MOVEMENT_OFFICER, "en", null, hash);
        user("enumerator", "Rahim Uddin", "BD-CXB", Role.ENUMERATOR, "en", null, hash);
        user("elections", "Kim Min-seo", "KR-SEL", Role.ELECTION_OFFICIAL, "ko", null, hash);
        user("governance", "Lucía Fernández", "HQ", Role.GOVERNANCE_OFFICER, "es", null, hash);
        user("partner", "Rania Haddad", "JO-AMM", Role.PARTNER, "en", partner, hash);
        user("viewer", "Priya Sharma", "IN-DEL", Role.VIEWER, "hi", null, hash);
        tokens.insert(
                Ids.newId(), admin, "Demo token", ADMIN_TOKEN, Instant.now().plus(365, ChronoUnit.DAYS));
    }

    private UUID user(
            String username,
            String name,
            String office,
            Role role,
            String language,
            @Nullable UUID partner,
            String hash) {
        UUID id = Ids.newId();
        users.insert(
                id,
                new UserCommand(
                        username,
                        name,
                        username + "@demo.pravaas.org",
                        officeIds.get(office),
                        partner,
                        language,
                        Set.of(role),
                        true,
                        null),
                hash);
        return id;
    }
}
