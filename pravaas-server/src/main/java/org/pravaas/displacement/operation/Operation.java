package org.pravaas.displacement.operation;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A displacement-tracking operation in one country, run by one office.
 *
 * @param jumpFactor how many times larger (or smaller) a site's population may be than in the
 *     previous round before the change needs a comment
 */
public record Operation(UUID id, String code, String name, UUID officeId, int admin0Id, BigDecimal jumpFactor) {}
