package cloud.marketplace.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class InvoicePolicyTest {

    @Test
    void aMonthMayBeInvoicedFromTheThirdOfTheNextMonth() {
        YearMonth march = YearMonth.of(2025, 3);

        assertThat(InvoicePolicy.refusal(march, LocalDate.of(2025, 4, 2))).get()
                .satisfies(refusal -> {
                    assertThat(refusal.slug()).isEqualTo("invoice-not-yet-available");
                    assertThat(refusal.availableFrom()).isEqualTo(LocalDate.of(2025, 4, 3));
                });
        assertThat(InvoicePolicy.refusal(march, LocalDate.of(2025, 4, 3))).isEmpty();
        assertThat(InvoicePolicy.refusal(march, LocalDate.of(2025, 3, 31))).isPresent();
    }

    @Test
    void decemberIsInvoicedFromTheThirdOfJanuary() {
        assertThat(InvoicePolicy.availableFrom(YearMonth.of(2025, 12))).isEqualTo(LocalDate.of(2026, 1, 3));
    }

    @Test
    void feesBeforeAugust2019AreNotInvoiced() {
        assertThat(InvoicePolicy.refusal(YearMonth.of(2019, 7), LocalDate.of(2026, 1, 1))).get()
                .satisfies(refusal -> {
                    assertThat(refusal.slug()).isEqualTo("invoice-before-2019-08");
                    assertThat(refusal.detail()).contains("2019-08-01");
                });
        assertThat(InvoicePolicy.refusal(YearMonth.of(2019, 8), LocalDate.of(2019, 9, 3))).isEmpty();
    }
}
