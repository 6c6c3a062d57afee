package io.reactiveorm.examples.web;

/** A request parameter or body is not acceptable; answered with HTTP 400 and an {@link ApiError} naming it. */
public final class BadRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String parameter;

    /**
     * @param parameter the parameter (or body field) at fault
     * @param message what is wrong with it
     */
    public BadRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** @return the parameter (or body field) at fault */
    public String parameter() {
        return parameter;
    }
}
