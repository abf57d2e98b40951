package org.pravaas.shared.web;

import java.util.Set;

/**
 * An entry of the main navigation. Each module declares its own as a bean; the layout shows
 * those whose roles the user holds (no roles: everyone signed in).
 *
 * @param labelKey message key of the label
 * @param path where it leads
 * @param roles role names (without the ROLE_ prefix) that see it
 * @param order position, lowest first
 */
public record Navigation(String labelKey, String path, Set<String> roles, int order) {}
