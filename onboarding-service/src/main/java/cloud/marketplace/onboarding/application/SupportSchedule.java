package cloud.marketplace.onboarding.application;

import java.math.BigDecimal;

/** Customer service hours offered: days per week × hours per day (e.g. 5 × 8, or 5 × 7.5). */
public record SupportSchedule(int daysPerWeek, BigDecimal hoursPerDay) {
}
