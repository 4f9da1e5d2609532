package dev.spacetime.model;

/** An edit that would break one of the diagram's rules; the diagram is left as it was. */
public final class EditRefusedException extends RuntimeException {
    public EditRefusedException(String reason) {
        super(reason, null, false, false);
    }

    /** The reason, in a sentence fit to show at the pointer. */
    public String reason() {
        return getMessage();
    }
}
