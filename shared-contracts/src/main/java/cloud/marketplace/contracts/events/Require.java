package cloud.marketplace.contracts.events;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** Checks shared by the events' compact constructors; each failure names the field. */
final class Require {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]*");
    // GB 32100-2015 alphabet (no I, O, S, V, Z); the check character is the onboarding domain's job.
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

    static final int FIRST_SCHEMA_VERSION = 1;

    static String newEventId() {
        return UUID.randomUUID().toString();
    }

    static void envelope(String eventId, Instant occurredAt, int schemaVersion) {
        present(eventId, "eventId");
        if (!CANONICAL_UUID.matcher(eventId).matches()) {
            throw new IllegalArgumentException("eventId must be a lower-case canonical UUID, was: " + eventId);
        }
        present(occurredAt, "occurredAt");
        if (schemaVersion < FIRST_SCHEMA_VERSION) {
            throw new IllegalArgumentException("schemaVersion must be at least 1, was: " + schemaVersion);
        }
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new NullPointerException(field + " is required");
        }
        return value;
    }

    static String text(String value, String field) {
        present(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** A nullable text: absent is fine, blank is not. */
    static String optionalText(String value, String field) {
        return value == null ? null : text(value, field);
    }

    static String creditCode(String value, String field) {
        present(value, field);
        if (!CREDIT_CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be 18 characters of the credit-code alphabet, was: " + value);
        }
        return value;
    }

    /** A category id carried as text: the decimal digits of a positive number. */
    static String numericId(String value, String field) {
        present(value, field);
        if (!DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be a positive decimal number, was: " + value);
        }
        return value;
    }

    static long fen(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was: " + value);
        }
        return value;
    }

    static long positiveFen(long value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be positive, was: " + value);
        }
        return value;
    }

    static int atLeast(int value, int minimum, String field) {
        if (value < minimum) {
            throw new IllegalArgumentException(field + " must be at least " + minimum + ", was: " + value);
        }
        return value;
    }

    static long atLeast(long value, long minimum, String field) {
        if (value < minimum) {
            throw new IllegalArgumentException(field + " must be at least " + minimum + ", was: " + value);
        }
        return value;
    }

    /** A non-empty list without nulls, copied so the event stays immutable. */
    static <T> List<T> nonEmpty(List<T> values, String field) {
        present(values, field);
        if (values.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        for (T value : values) {
            if (value == null) {
                throw new NullPointerException(field + " must not contain null");
            }
        }
        return List.copyOf(values);
    }

    /** Category ids a provider chose or was approved for: non-empty, positive, each once. */
    static List<Long> categoryIds(List<Long> values, String field) {
        List<Long> ids = nonEmpty(values, field);
        for (Long id : ids) {
            if (id <= 0) {
                throw new IllegalArgumentException(field + " must hold positive ids, had: " + id);
            }
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new IllegalArgumentException(field + " must not repeat an id: " + ids);
        }
        return ids;
    }

    private Require() {
    }
}
