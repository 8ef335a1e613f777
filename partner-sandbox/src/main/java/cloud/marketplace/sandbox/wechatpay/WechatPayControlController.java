package cloud.marketplace.sandbox.wechatpay;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Control calls for the sandbox's WeChat Pay: see, move, reject, freeze, or stop merchant applications. */
@RestController
@RequestMapping("/sandbox/wechatpay")
class WechatPayControlController {

    private final Applyments applyments;

    WechatPayControlController(Applyments applyments) {
        this.applyments = applyments;
    }

    @GetMapping("/applyments")
    List<ApplymentSummary> all() {
        return applyments.all().stream().map(ApplymentSummary::of).toList();
    }

    @GetMapping("/applyments/{applymentId}")
    ApplymentSummary one(@PathVariable long applymentId) {
        return ApplymentSummary.of(find(applymentId));
    }

    /** The next happy-path step now (with autopilot off, or past a stop). */
    @PostMapping("/applyments/{applymentId}/advance")
    ApplymentSummary advance(@PathVariable long applymentId) {
        Applyment applyment = find(applymentId);
        try {
            applyments.advance(applyment);
        } catch (IllegalStateException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
        return ApplymentSummary.of(applyment);
    }

    @PostMapping("/applyments/{applymentId}/reject")
    ApplymentSummary reject(@PathVariable long applymentId, @Valid @RequestBody(required = false) RejectRequest request) {
        Applyment applyment = find(applymentId);
        applyments.reject(applyment, request == null ? List.of() : request.reasons().stream()
                .map(reason -> new Applyment.Reason(reason.field(), reason.reason())).toList());
        return ApplymentSummary.of(applyment);
    }

    @PostMapping("/applyments/{applymentId}/freeze")
    ApplymentSummary freeze(@PathVariable long applymentId) {
        Applyment applyment = find(applymentId);
        applyments.freeze(applyment);
        return ApplymentSummary.of(applyment);
    }

    @PostMapping("/applyments/{applymentId}/cancel")
    ApplymentSummary cancel(@PathVariable long applymentId) {
        Applyment applyment = find(applymentId);
        applyments.cancel(applyment);
        return ApplymentSummary.of(applyment);
    }

    /** Where the autopilot stops, rejects or freezes this application instead of moving it on. */
    @PutMapping("/applyments/{applymentId}/plan")
    ApplymentSummary plan(@PathVariable long applymentId, @Valid @RequestBody PlanRequest request) {
        Applyment applyment = find(applymentId);
        applyments.plan(applyment, request.toPlan());
        return ApplymentSummary.of(applyment);
    }

    /** The plan every application submitted from now on starts with. */
    @PutMapping("/plan")
    PlanRequest defaultPlan(@Valid @RequestBody PlanRequest request) {
        applyments.defaultPlan(request.toPlan());
        return request;
    }

    @GetMapping("/plan")
    PlanRequest defaultPlan() {
        Applyment.Plan plan = applyments.defaultPlan();
        return new PlanRequest(plan.stopAt(), plan.rejectAt(), plan.freezeAt(),
                plan.reasons().stream().map(r -> new ReasonBody(r.field(), r.reason())).toList());
    }

    private Applyment find(long applymentId) {
        return applyments.find(applymentId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no applyment " + applymentId));
    }

    record ReasonBody(@NotBlank @Size(max = 64) String field, @NotBlank @Size(max = 256) String reason) {
    }

    record RejectRequest(List<@Valid ReasonBody> reasons) {
        RejectRequest {
            reasons = reasons == null ? List.of() : reasons;
        }
    }

    record PlanRequest(ApplymentState stopAt, ApplymentState rejectAt, ApplymentState freezeAt, List<@Valid ReasonBody> reasons) {
        Applyment.Plan toPlan() {
            return new Applyment.Plan(stopAt, rejectAt, freezeAt, reasons == null ? List.of()
                    : reasons.stream().map(r -> new Applyment.Reason(r.field(), r.reason())).toList());
        }
    }

    record ApplymentSummary(long applymentId, String outRequestNo, String companyName, ApplymentState state, Instant changedAt,
                            Long remittanceAmountFen, String remittanceMemo, String fromAccountNumber, String toAccountNumber,
                            String signUrl, String subMchid, PlanRequest plan) {
        static ApplymentSummary of(Applyment a) {
            return new ApplymentSummary(a.applymentId, a.outRequestNo, a.companyName, a.state, a.changedAt,
                    a.remittance == null ? null : a.remittance.amountFen(), a.remittance == null ? null : a.remittance.memo(),
                    a.settlementAccountNumber, Applyments.COLLECTION_ACCOUNT_NUMBER, a.signUrl, a.subMchid,
                    new PlanRequest(a.plan.stopAt(), a.plan.rejectAt(), a.plan.freezeAt(),
                            a.plan.reasons().stream().map(r -> new ReasonBody(r.field(), r.reason())).toList()));
        }
    }
}
