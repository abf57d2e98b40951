/** Tasks on cases: assignee, due date, done; overdue views per user and office. */
@NullMarked
package org.pravaas.casework.task;

import org.jspecify.annotations.NullMarked;
