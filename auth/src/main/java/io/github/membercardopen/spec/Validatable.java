package io.github.membercardopen.spec;

/** A generated model that checks the spec's constraints (required, length, pattern) before it is sent. */
public interface Validatable {
    /** Throws {@link io.github.membercardopen.error.InvalidFieldException} naming the first bad field. */
    void validate();
}
