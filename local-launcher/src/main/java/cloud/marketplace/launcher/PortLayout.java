package cloud.marketplace.launcher;

/**
 * Every port of the stack, moved together by one offset so that a second stack (an end-to-end
 * test) can run beside a developer's.
 */
public record PortLayout(int offset) {

    static final int KAFKA = 9092;
    static final int KAFKA_CONTROLLER = 9093;
    static final int DATABASE = 3306;

    public PortLayout {
        int highest = Math.max(KAFKA_CONTROLLER, Application.SANDBOX.basePort()) + offset;
        int lowest = Math.min(DATABASE, Application.GATEWAY.basePort()) + offset;
        if (lowest < 1024 || highest > 65535) {
            throw new LaunchException("--port-offset " + offset + " moves ports outside 1024-65535");
        }
    }

    public int kafka() {
        return KAFKA + offset;
    }

    public int kafkaController() {
        return KAFKA_CONTROLLER + offset;
    }

    public int database() {
        return DATABASE + offset;
    }

    public int http(Application application) {
        return application.basePort() + offset;
    }
}
