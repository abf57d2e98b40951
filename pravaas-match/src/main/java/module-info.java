/** The Pravaas matching engine; only the API package is exported. */
module org.pravaas.match {
    requires com.ibm.icu;
    requires static org.jspecify;

    exports org.pravaas.match;
}
