package cloud.marketplace.merchant.tenpay;

import cloud.marketplace.contracts.events.IntegrationEvent;
import cloud.marketplace.merchant.partner.PartnerFailure;
import cloud.marketplace.merchant.polling.PollClaims;
import cloud.marketplace.platform.events.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
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
    private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);

    TenpayPolling(TenpayAccountRepository accounts, TenpayPartner partner, PollClaims claims, Outbox outbox,
                  TransactionTemplate transaction, Clock clock) {
        this.accounts = accounts;
        this.partner = partner;
        this.claims = claims;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${merchant.polling.tick:5s}", initialDelayString = "${merchant.polling.tick:5s}")
    void scheduled() {
        try {
            pollDue();
        } catch (RuntimeException e) {
            log.warn("Polling Tenpay accounts failed: {}", e.toString());
        }
    }

    public int pollDue() {
        if (clock.instant().isBefore(pausedUntil.get())) {
            return 0;
        }
        List<String> claimed = claims.claim(TenpayAccountRepository.TABLE, TenpayAccountStatus.POLLED);
        int updated = 0;
        for (int i = 0; i < claimed.size(); i++) {
            String id = claimed.get(i);
            try {
                if (poll(id)) {
                    updated++;
                }
            } catch (PartnerFailure.RateLimited limited) {
                claims.failed(TenpayAccountRepository.TABLE, id, limited.retryAfter());
                pausedUntil.set(clock.instant().plus(limited.retryAfter()));
                claims.giveBack(TenpayAccountRepository.TABLE, claimed.subList(i + 1, claimed.size()));
                log.warn("Tenpay asked to slow down; polling paused until {}", pausedUntil.get());
                break;
            } catch (RuntimeException e) {
                Instant next = claims.failed(TenpayAccountRepository.TABLE, id, null);
                log.warn("Polling Tenpay for account {} failed ({}); next try at {}", id, e.getMessage(), next);
            }
        }
        return updated;
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
