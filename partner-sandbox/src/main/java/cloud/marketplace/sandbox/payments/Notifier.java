package cloud.marketplace.sandbox.payments;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a payment's notification to the notify URL billing gave, signed, and retries (each time
 * with a fresh nonce and timestamp) until it is answered 200, as the real channels do.
 */
@Component
class Notifier implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);
    private static final int ATTEMPTS = 5;

    private final NotificationSigner signer;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Integer> lastAnswers = new ConcurrentHashMap<>();

    Notifier(NotificationSigner signer, JsonMapper json, java.util.Optional<Clock> clock) {
        this.signer = signer;
        this.json = json;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    void notifyAsync(ChannelPayment payment) {
        senders.execute(() -> deliver(payment));
    }

    /** The status billing last answered a notification of this payment with (absent: none sent yet). */
    Integer lastAnswer(String outTradeNo) {
        return lastAnswers.get(outTradeNo);
    }

    void deliver(ChannelPayment payment) {
        String body = body(payment);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(payment.notifyUrl()))
                        .timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
                signer.headers(payment.channel(), body, clock.instant()).forEach(request::header);
                int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                lastAnswers.put(payment.outTradeNo(), status);
                if (status == 200) {
                    return;
                }
                log.warn("Notification of {} payment {} answered {} (attempt {})", payment.channel(), payment.outTradeNo(),
                        status, attempt);
            } catch (Exception e) {
                log.warn("Notification of {} payment {} not delivered (attempt {}): {}", payment.channel(),
                        payment.outTradeNo(), attempt, e.toString());
            }
            try {
                Thread.sleep(Duration.ofSeconds(1L << (attempt - 1)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The notification body of each channel (see billing-service's PAYMENT-CHANNELS.md). */
    String body(ChannelPayment payment) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (payment.channel()) {
            case WECHAT_PAY -> {
                Map<String, Object> resource = new LinkedHashMap<>();
                resource.put("mchid", payment.merchantId());
                resource.put("out_trade_no", payment.outTradeNo());
                resource.put("transaction_id", payment.transactionId());
                resource.put("trade_state", payment.state());
                resource.put("amount", Map.of("total", payment.amountFen(), "currency", "CNY"));
                resource.put("success_time", ChannelTimes.format(payment.paidAt()));
                body.put("id", "EV-" + UUID.randomUUID());
                body.put("create_time", ChannelTimes.format(clock.instant()));
                body.put("event_type", "TRANSACTION." + payment.state());
                body.put("resource_type", "plain");
                body.put("resource", resource);
            }
            case QQ_PAY -> {
                body.put("mch_id", payment.merchantId());
                body.put("out_trade_no", payment.outTradeNo());
                body.put("transaction_id", payment.transactionId());
                body.put("trade_state", payment.state());
                body.put("total_fee", payment.amountFen());
                body.put("fee_type", "CNY");
                body.put("time_end", ChannelTimes.format(payment.paidAt()));
            }
            case ONLINE_BANKING -> {
                body.put("merchantId", payment.merchantId());
                body.put("orderNo", payment.outTradeNo());
                body.put("bankSerialNo", payment.transactionId());
                body.put("status", payment.bankStatus());
                body.put("amountFen", payment.amountFen());
                body.put("paidAt", ChannelTimes.format(payment.paidAt()));
            }
        }
        return json.writeValueAsString(body);
    }

    @Override
    public void close() {
        senders.shutdownNow();
    }
}
