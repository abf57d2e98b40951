package org.pravaas.casework.programme.emergency;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A distribution site of an office. */
public record Site(UUID id, UUID officeId, String name, @Nullable String location, @Nullable String adminArea) {}
