/** Health pages, PDFs and the REST API. */
@NullMarked
package org.pravaas.health.web;

import org.jspecify.annotations.NullMarked;
