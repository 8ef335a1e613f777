package cloud.marketplace.billing.client.channels;

import cloud.marketplace.billing.payment.PaymentChannel.ChannelOutcome;
import cloud.marketplace.platform.BusinessCalendar;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Times as the channels write them (RFC 3339 in China time), and the trade states WeChat Pay and QQ Pay share. */
final class ChannelTimes {

    static String rfc3339(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), BusinessCalendar.ZONE)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static Instant parse(String text) {
        return text == null || text.isBlank() ? null : OffsetDateTime.parse(text).toInstant();
    }

    /** {@code trade_state} of WeChat Pay and QQ Pay. */
    static ChannelOutcome tradeState(String state) {
        return switch (state) {
            case "SUCCESS", "REFUND" -> ChannelOutcome.PAID;
            case "NOTPAY", "USERPAYING" -> ChannelOutcome.NOT_PAID;
            case "CLOSED", "REVOKED" -> ChannelOutcome.CLOSED;
            case "PAYERROR" -> ChannelOutcome.FAILED;
            default -> throw new IllegalArgumentException("unknown trade_state " + state);
        };
    }

    private ChannelTimes() {
    }
}
