package cloud.marketplace.launcher;

/** A start that cannot go on; its message is the one line the developer sees. */
public final class LaunchException extends RuntimeException {

    public LaunchException(String message) {
        super(message);
    }

    LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
