package cloud.marketplace.merchant.partner;

import cloud.marketplace.platform.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** The partners' times: RFC 3339 ({@code 2025-01-01T10:00:00+08:00}) or Beijing local time ({@code 2025-01-01 10:00:00}). */
public final class PartnerTime {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.contains("T")) {
            return OffsetDateTime.parse(text).toInstant();
        }
        return LocalDateTime.parse(text, LOCAL).atZone(BusinessCalendar.ZONE).toInstant();
    }

    public static String format(Instant instant) {
        return instant == null ? null : LOCAL.format(instant.atZone(BusinessCalendar.ZONE));
    }

    private PartnerTime() {
    }
}
