package io.reactiveorm.examples.web;

/** The addressed row does not exist; answered with HTTP 404. */
public final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message names the entity and id */
    public NotFoundException(String message) {
        super(message);
    }
}
