package dev.promptsmith.provider.http;

/** The server sent something that is not the documented format; the message says what and where. */
public final class MalformedResponseException extends Exception {

    private static final long serialVersionUID = 1L;

    public MalformedResponseException(String message) {
        super(message);
    }

    public MalformedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
