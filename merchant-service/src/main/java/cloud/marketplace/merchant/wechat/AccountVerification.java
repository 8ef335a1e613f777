package cloud.marketplace.merchant.wechat;

import java.time.Instant;

/**
 * The remittance WeChat Pay asks for (汇款验证): from the provider's corporate account
 * ({@code from…}), {@code amountFen} to the given account, with the memo, before the deadline.
 */
public record AccountVerification(long amountFen, String fromAccountName, String fromAccountNumber, String toAccountName,
                                  String toAccountNumber, String toBank, String city, String memo, Instant deadline) {
}
