package cloud.marketplace.billing.invoice;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * When a month's platform fee may be invoiced (平台服务费发票): from the 3rd day of the following
 * month (Asia/Shanghai), and only for fees collected from 2019-08-01 on.
 */
final class InvoicePolicy {

    static final YearMonth FIRST_INVOICEABLE_MONTH = YearMonth.of(2019, 8);
    static final int DAY_OF_NEXT_MONTH = 3;

    /** The first day a month's invoice may be requested. */
    static LocalDate availableFrom(YearMonth month) {
        return month.plusMonths(1).atDay(DAY_OF_NEXT_MONTH);
    }

    /** Why the month cannot be invoiced on {@code today}, if it cannot. */
    static Optional<Refusal> refusal(YearMonth month, LocalDate today) {
        if (month.isBefore(FIRST_INVOICEABLE_MONTH)) {
            return Optional.of(new Refusal("invoice-before-2019-08",
                    "Platform fees can be invoiced here for fees collected from " + FIRST_INVOICEABLE_MONTH.atDay(1)
                            + " on; " + month + " is earlier.", FIRST_INVOICEABLE_MONTH.atDay(1)));
        }
        LocalDate from = availableFrom(month);
        if (today.isBefore(from)) {
            return Optional.of(new Refusal("invoice-not-yet-available",
                    "The platform fee of " + month + " can be invoiced from " + from + " (Asia/Shanghai).", from));
        }
        return Optional.empty();
    }

    record Refusal(String slug, String detail, LocalDate availableFrom) {
    }

    private InvoicePolicy() {
    }
}
