/** Dashboards per office and programme: caseload by stage, overdue tasks, time in stage. */
@NullMarked
package org.pravaas.casework.dashboard;

import org.jspecify.annotations.NullMarked;
