package org.pravaas.organization;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.pravaas.organization.office.Offices;
import org.springframework.stereotype.Service;

/**
 * Office codes for other modules' records, which keep only the office id: {@code JO-AMM} reads
 * better than a UUID in a list, an export or a reference number. Codes never change once given.
 */
@Service
public class OfficeDirectory {
    private final Offices offices;
    private final ConcurrentHashMap<UUID, String> codes = new ConcurrentHashMap<>();

    OfficeDirectory(Offices offices) {
        this.offices = offices;
    }

    /** The office's code, or the id itself for an office that does not exist. */
    public String code(UUID officeId) {
        return codes.computeIfAbsent(
                officeId, id -> offices.find(id).map(o -> o.code()).orElse(id.toString()));
    }

    /** The office with the code as a user may type it (spaces around, any case: codes are upper-case). */
    public Optional<OfficeId> byCode(String code) {
        return offices.findByCode(code.strip().toUpperCase(java.util.Locale.ROOT))
                .map(o -> new OfficeId(o.id()));
    }
}
