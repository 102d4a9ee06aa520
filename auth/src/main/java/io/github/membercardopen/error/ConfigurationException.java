package io.github.membercardopen.error;

/** Key material or client settings that cannot work: a missing or malformed key file, a missing id. */
public class ConfigurationException extends LocalException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message, null);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
