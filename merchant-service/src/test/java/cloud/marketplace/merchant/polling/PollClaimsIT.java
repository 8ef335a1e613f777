package cloud.marketplace.merchant.polling;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.merchant.support.MerchantIntegrationTest;
import cloud.marketplace.platform.persistence.DbTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Two instances of the service polling the same table: each due application goes to exactly one of them. */
class PollClaimsIT extends MerchantIntegrationTest {

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    PollingSettings settings;

    @Test
    void twoInstancesClaimingAtTheSameTimeNeverGetTheSameApplication() throws Exception {
        String status = "PT" + UUID.randomUUID().toString().substring(0, 8);
        List<String> due = insertDue(status, 15);
        PollClaims first = instance("instance-a");
        PollClaims second = instance("instance-b");

        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<List<String>> a = CompletableFuture.supplyAsync(() -> claimAfter(start, first, status));
        CompletableFuture<List<String>> b = CompletableFuture.supplyAsync(() -> claimAfter(start, second, status));
        start.countDown();
        List<String> claimedByA = a.get();
        List<String> claimedByB = b.get();

        Set<String> overlap = new HashSet<>(claimedByA);
        overlap.retainAll(claimedByB);
        assertThat(overlap).isEmpty();
        List<String> all = new ArrayList<>(claimedByA);
        all.addAll(claimedByB);
        assertThat(all).containsExactlyInAnyOrderElementsOf(due);
        assertThat(first.claim("tenpay_account", List.of(status))).as("leased rows are not claimed again").isEmpty();
        assertThat(second.claim("tenpay_account", List.of(status))).isEmpty();
    }

    @Test
    void aLeaseLeftByACrashedInstanceExpiresAndItsResultIsNoLongerAccepted() {
        String status = "PT" + UUID.randomUUID().toString().substring(0, 8);
        List<String> due = insertDue(status, 2);
        PollClaims crashed = instance("instance-crashed");
        PollClaims survivor = instance("instance-survivor");
        assertThat(crashed.claim("tenpay_account", List.of(status))).containsExactlyInAnyOrderElementsOf(due);

        jdbc.sql("UPDATE tenpay_account SET poll_lease_until = :past WHERE status = :status")
                .param("past", DbTime.utc(Instant.now().minusSeconds(1))).param("status", status).update();
        assertThat(survivor.claim("tenpay_account", List.of(status))).containsExactlyInAnyOrderElementsOf(due);

        TransactionTemplate transaction = new TransactionTemplate(transactions);
        assertThat(transaction.<Boolean>execute(s -> crashed.release("tenpay_account", due.getFirst(), true)).booleanValue()).isFalse();
        assertThat(transaction.<Boolean>execute(s -> survivor.release("tenpay_account", due.getFirst(), true)).booleanValue()).isTrue();
    }

    @Test
    void failuresBackOffAndRetryAfterIsHonoured() {
        String status = "PT" + UUID.randomUUID().toString().substring(0, 8);
        String id = insertDue(status, 1).getFirst();
        PollClaims instance = instance("instance-c");
        instance.claim("tenpay_account", List.of(status));
        Instant before = Instant.now();
        Instant next = instance.failed("tenpay_account", id, java.time.Duration.ofSeconds(30));
        assertThat(next).isAfterOrEqualTo(before.plusSeconds(30));
        assertThat(instance.claim("tenpay_account", List.of(status))).as("not due before Retry-After").isEmpty();
        assertThat(jdbc.sql("SELECT poll_failures FROM tenpay_account WHERE id = :id").param("id", id).query(Integer.class).single())
                .isEqualTo(1);
    }

    private List<String> claimAfter(CountDownLatch start, PollClaims claims, String status) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return claims.claim("tenpay_account", List.of(status));
    }

    private PollClaims instance(String owner) {
        TransactionTemplate readCommitted = new TransactionTemplate(transactions);
        readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return new PollClaims(jdbc, readCommitted, Clock.systemUTC(), settings, owner);
    }

    /** Rows in a status of their own, so the service's own pollers leave them alone. */
    private List<String> insertDue(String status, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            jdbc.sql("""
                    INSERT INTO tenpay_account (id, provider_id, business_code, status, company_name, business_license_number,
                        form, version, created_at, updated_at, next_poll_at)
                    VALUES (:id, :provider, :code, :status, 'c', 'l', '{}', 0, :now, :now, :due)""")
                    .param("id", id).param("provider", "p-" + id).param("code", "TP" + id.replace("-", ""))
                    .param("status", status).param("now", DbTime.utc(Instant.now()))
                    .param("due", DbTime.utc(Instant.now().minusSeconds(5))).update();
            ids.add(id);
        }
        return ids;
    }
}
