package org.pravaas.casework.programme.emergency;

/** A relief item and the unit it is counted in; the name is shown in the user's language when the item is a standard one. */
public record Item(String code, String name, String unit, boolean active) {}
