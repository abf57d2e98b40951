/**
 * People, households and documents, and the question every registration asks: is this person
 * already known? Other modules refer to a person by {@link org.pravaas.registry.PersonId}, read a
 * summary through {@link org.pravaas.registry.Registry} and follow merges through the events
 * {@link org.pravaas.registry.PersonRegistered}, {@link org.pravaas.registry.PersonsMerged} and
 * {@link org.pravaas.registry.PersonUnmerged}.
 */
@NullMarked
package org.pravaas.registry;

import org.jspecify.annotations.NullMarked;
