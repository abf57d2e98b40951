/** Expert and worker profiles: occupations, skills, qualifications, languages, availability and consent. */
@NullMarked
package org.pravaas.skills.profile;

import org.jspecify.annotations.NullMarked;
