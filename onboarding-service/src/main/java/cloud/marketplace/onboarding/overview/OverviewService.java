package cloud.marketplace.onboarding.overview;

import cloud.marketplace.onboarding.client.PeerFailures;
import cloud.marketplace.onboarding.client.billing.BillingClient;
import cloud.marketplace.onboarding.client.catalog.CatalogClient;
import cloud.marketplace.onboarding.client.merchant.MerchantClient;
import cloud.marketplace.onboarding.store.StoreService;
import feign.FeignException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The provider's overview: merchant, billing and catalog are asked in parallel, each call under
 * its own time limit, circuit breaker and bulkhead (application.yml). A peer that fails or is
 * slow makes its task UNKNOWN; the whole answer is bounded by {@code overview-budget}.
 */
@Service
public class OverviewService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OverviewService.class);

    private final MerchantClient merchant;
    private final BillingClient billing;
    private final CatalogClient catalog;
    private final StoreService stores;
    private final Duration budget;
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    OverviewService(MerchantClient merchant, BillingClient billing, CatalogClient catalog, StoreService stores,
                    @Value("${marketplace.onboarding.overview-budget:1200ms}") Duration budget) {
        this.merchant = merchant;
        this.billing = billing;
        this.catalog = catalog;
        this.stores = stores;
        this.budget = budget;
    }

    public List<TaskProgress> tasks(String providerId) {
        long deadline = System.nanoTime() + budget.toNanos();
        var merchantTask = ask(() -> TaskRules.merchantAccount(merchant.providerStatus(providerId)));
        var productTask = ask(() -> TaskRules.product(catalog.productSummary(providerId)));
        var depositTask = ask(() -> TaskRules.deposit(billing.deposit(providerId)));
        TaskStatus store = TaskRules.store(stores.find(providerId));
        return List.of(
                new TaskProgress(Task.MERCHANT_ACCOUNT, await(merchantTask, deadline, Task.MERCHANT_ACCOUNT)),
                new TaskProgress(Task.STORE, store),
                new TaskProgress(Task.PRODUCT, await(productTask, deadline, Task.PRODUCT)),
                new TaskProgress(Task.DEPOSIT, await(depositTask, deadline, Task.DEPOSIT)));
    }

    private CompletableFuture<TaskStatus> ask(Supplier<TaskStatus> call) {
        return CompletableFuture.supplyAsync(call, calls);
    }

    private static TaskStatus await(CompletableFuture<TaskStatus> call, long deadline, Task task) {
        try {
            return call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            log.warn("Overview: no answer for {} within the budget", task);
            return TaskStatus.UNKNOWN;
        } catch (ExecutionException e) {
            if (PeerFailures.find(e, FeignException.NotFound.class).isPresent()) {
                return TaskStatus.TODO;
            }
            log.warn("Overview: {} unknown: {}", task, e.getCause() == null ? e.toString() : e.getCause().toString());
            return TaskStatus.UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TaskStatus.UNKNOWN;
        }
    }

    @Override
    public void destroy() {
        calls.shutdownNow();
    }
}
