/** Movement screens (departures board, requests, legs, loans), documents and the REST API. */
@NullMarked
package org.pravaas.movement.web;

import org.jspecify.annotations.NullMarked;
