package org.pravaas.registry;

import java.util.UUID;

/** A new person was registered in an office (by a registrar, an import or the API). */
public record PersonRegistered(PersonId person, UUID officeId, String reference) {}
