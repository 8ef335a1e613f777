package cloud.marketplace.sandbox.payments;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** RFC 3339 times in China time, as the channels write them. */
final class ChannelTimes {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    static String format(Instant instant) {
        return instant == null ? null
                : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), CHINA).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static Instant parse(String text) {
        return text == null || text.isBlank() ? null : OffsetDateTime.parse(text).toInstant();
    }

    private ChannelTimes() {
    }
}
