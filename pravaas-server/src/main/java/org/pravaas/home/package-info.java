/**
 * The web shell: the layout every page shares (navigation, the user's office and role, the
 * language switcher, right-to-left Arabic), the dashboard, and the error pages.
 */
@NullMarked
package org.pravaas.home;

import org.jspecify.annotations.NullMarked;
