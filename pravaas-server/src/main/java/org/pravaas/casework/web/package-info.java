/** Casework's pages: lists, the case page with its sections, work queues, dashboards, definitions, help. */
@NullMarked
package org.pravaas.casework.web;

import org.jspecify.annotations.NullMarked;
