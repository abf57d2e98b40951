/**
 * Labour mobility and skills: expert and worker profiles (linked to registry people) with
 * ISCO-08 occupations, skills, qualifications and languages; assignments posted by institutions in
 * countries of origin and vacancies posted by employers abroad; a ranked, explained list of
 * candidates for each; placements with payments, host reports and evaluation; pre-departure
 * orientation. Travel for a placement is asked of the movement module by the event {@link
 * org.pravaas.skills.PlacementTravelRequested}.
 */
@NullMarked
package org.pravaas.skills;

import org.jspecify.annotations.NullMarked;
