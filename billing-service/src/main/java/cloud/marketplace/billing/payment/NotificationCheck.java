package cloud.marketplace.billing.payment;

/** The outcome of checking a notification before anything is done with it. */
public sealed interface NotificationCheck {

    record Verified(String nonce, ChannelNotification notification) implements NotificationCheck {
    }

    record Rejected(NotificationVerdict verdict, String reason) implements NotificationCheck {
    }
}
