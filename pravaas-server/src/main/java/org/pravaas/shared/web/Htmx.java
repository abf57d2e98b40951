package org.pravaas.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** htmx conventions: the same handler answers a whole page or, for htmx, just a fragment. */
public final class Htmx {
    private Htmx() {}

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request")) && request.getHeader("HX-Boosted") == null;
    }

    /** The full template, or only its named fragment when htmx asked. */
    public static String view(HttpServletRequest request, String template, String fragment) {
        return isHtmx(request) ? template + " :: " + fragment : template;
    }
}
