package cloud.marketplace.platform.web;

import cloud.marketplace.platform.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A tiny creating endpoint for the platform's web tests; {@link #hold} lets a test keep one request running. */
@RestController
class VoucherController {

    static volatile CountDownLatch hold = new CountDownLatch(0);
    private final JdbcClient jdbc;

    VoucherController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping("/api/test/vouchers")
    @PreAuthorize("hasRole('PROVIDER')")
    ResponseEntity<Voucher> create(Caller caller, @Valid @RequestBody NewVoucher request) throws InterruptedException {
        hold.await(10, TimeUnit.SECONDS);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO voucher (owner, amount_fen) VALUES (:owner, :amount)")
                .param("owner", caller.providerId()).param("amount", request.amountFen()).update(keys);
        Voucher voucher = new Voucher(keys.getKey().longValue(), request.amountFen());
        return ResponseEntity.created(URI.create("/api/test/vouchers/" + voucher.id())).body(voucher);
    }

    @GetMapping("/api/test/vouchers")
    Page<Voucher> list(@Valid PageQuery query, @RequestParam(required = false) @Positive Long minFen) {
        return query.page(java.util.List.of(), 0);
    }

    @PostMapping("/api/test/failures")
    ResponseEntity<Void> fail() {
        throw new IllegalStateException("secret internal detail");
    }

    record NewVoucher(@Positive long amountFen, @NotBlank String label, @Email String email) {
    }

    record Voucher(long id, long amountFen) {
    }
}
