package cloud.marketplace.merchant.wechat;

import cloud.marketplace.contracts.events.IntegrationEvent;
import cloud.marketplace.merchant.polling.PollClaims;
import cloud.marketplace.merchant.polling.PollingRound;
import cloud.marketplace.platform.events.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follows WeChat Pay's state of every submitted application (the partner has no callback for
 * it). Each due application is claimed by one instance ({@link PollClaims}); the partner is
 * asked outside any transaction; the answer is applied by the lease holder. Errors back off
 * exponentially; a 429 pauses this instance's polling for the Retry-After it names.
 */
@Component
public class WechatPolling {

    private static final Logger log = LoggerFactory.getLogger(WechatPolling.class);

    private final WechatApplicationRepository applications;
    private final WechatPayPartner partner;
    private final PollClaims claims;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PollingRound round;

    WechatPolling(WechatApplicationRepository applications, WechatPayPartner partner, PollClaims claims, Outbox outbox,
                  TransactionTemplate transaction, Clock clock) {
        this.applications = applications;
        this.partner = partner;
        this.claims = claims;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
        this.round = new PollingRound("WeChat Pay", WechatApplicationRepository.TABLE, claims, clock);
    }

    @Scheduled(fixedDelayString = "${merchant.polling.tick:5s}", initialDelayString = "${merchant.polling.tick:5s}")
    void scheduled() {
        try {
            pollDue();
        } catch (RuntimeException e) {
            log.warn("Polling WeChat Pay applications failed: {}", e.toString());
        }
    }

    /** Polls the due rows this instance could claim; answers how many were brought up to date. */
    public int pollDue() {
        return round.run(WechatApplicationStatus.POLLED, this::poll);
    }

    private boolean poll(String id) {
        WechatApplication claimed = applications.find(id).orElseThrow();
        ApplymentStatus answer = partner.status(claimed.applymentId());
        return Boolean.TRUE.equals(transaction.execute(status -> {
            WechatApplication application = applications.find(id).orElseThrow();
            Instant now = clock.instant();
            if (application.version() != claimed.version()) {
                // changed by the provider while the partner was asked: the answer may predate that change
                claims.release(WechatApplicationRepository.TABLE, id, true);
                return false;
            }
            List<IntegrationEvent> events = application.partnerReported(answer, now);
            if (!claims.release(WechatApplicationRepository.TABLE, id, application.status().polled())) {
                status.setRollbackOnly();
                return false;
            }
            applications.update(application, now);
            events.forEach(outbox::publish);
            return true;
        }));
    }
}
