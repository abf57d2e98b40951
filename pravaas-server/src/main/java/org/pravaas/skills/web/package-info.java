/** The skills pages under {@code /skills} and the API under {@code /api/v1/skills}. */
@NullMarked
package org.pravaas.skills.web;

import org.jspecify.annotations.NullMarked;
