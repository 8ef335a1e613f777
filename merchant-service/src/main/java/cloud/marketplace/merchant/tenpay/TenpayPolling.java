package cloud.marketplace.merchant.tenpay;

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

/** Follows Tenpay's state of every registered account, the same way as WeChat Pay's (one instance per account, back-off, 429). */
@Component
public class TenpayPolling {

    private static final Logger log = LoggerFactory.getLogger(TenpayPolling.class);

    private final TenpayAccountRepository accounts;
    private final TenpayPartner partner;
    private final PollClaims claims;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PollingRound round;

    TenpayPolling(TenpayAccountRepository accounts, TenpayPartner partner, PollClaims claims, Outbox outbox,
                  TransactionTemplate transaction, Clock clock) {
        this.accounts = accounts;
        this.partner = partner;
        this.claims = claims;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
        this.round = new PollingRound("Tenpay", TenpayAccountRepository.TABLE, claims, clock);
    }

    @Scheduled(fixedDelayString = "${merchant.polling.tick:5s}", initialDelayString = "${merchant.polling.tick:5s}")
    void scheduled() {
        try {
            pollDue();
        } catch (RuntimeException e) {
            log.warn("Polling Tenpay accounts failed: {}", e.toString());
        }
    }

    /** Polls the due rows this instance could claim; answers how many were brought up to date. */
    public int pollDue() {
        return round.run(TenpayAccountStatus.POLLED, this::poll);
    }

    private boolean poll(String id) {
        TenpayAccount claimed = accounts.find(id).orElseThrow();
        TenpayStatus answer = partner.status(claimed.partnerAccountId());
        return Boolean.TRUE.equals(transaction.execute(status -> {
            TenpayAccount account = accounts.find(id).orElseThrow();
            Instant now = clock.instant();
            if (account.version() != claimed.version()) {
                // changed by the provider while the partner was asked: the answer may predate that change
                claims.release(TenpayAccountRepository.TABLE, id, true);
                return false;
            }
            List<IntegrationEvent> events = account.partnerReported(answer, now);
            if (!claims.release(TenpayAccountRepository.TABLE, id, account.status().polled())) {
                status.setRollbackOnly();
                return false;
            }
            accounts.update(account, now);
            events.forEach(outbox::publish);
            return true;
        }));
    }
}
