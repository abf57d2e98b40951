package org.pravaas.shared;

/** Someone changed the record since the caller read it; their change would be lost. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class StaleUpdateException extends RuntimeException {
    private final long currentVersion;

    public StaleUpdateException(String objectType, Object id, long currentVersion) {
        super(objectType + " " + id + " was changed since it was read");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
