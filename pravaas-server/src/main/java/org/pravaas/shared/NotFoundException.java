package org.pravaas.shared;

/** The record asked for does not exist, or is not visible to the caller (both answer 404). */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {
    private final String objectType;

    public NotFoundException(String objectType, Object id) {
        super(objectType + " " + id + " not found");
        this.objectType = objectType;
    }

    public String objectType() {
        return objectType;
    }
}
