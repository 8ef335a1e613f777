package cloud.marketplace.sandbox.wechatpay;

import java.time.Instant;
import java.util.List;

/**
 * One merchant application as the sandbox's WeChat Pay holds it, sensitive fields decrypted (the
 * sandbox is the partner). Mutable under the lock of {@link Applyments}.
 */
final class Applyment {

    /** The remittance WeChat Pay asks for: from the settlement account, this amount, to its collection account, with the memo. */
    record Remittance(long amountFen, String memo, Instant deadline) {
    }

    /** What the partner's reviewers said about a field. */
    record Reason(String field, String reason) {
    }

    /** How this application leaves the happy path: stop (wait for a control call), reject, or freeze at a state. */
    record Plan(ApplymentState stopAt, ApplymentState rejectAt, ApplymentState freezeAt, List<Reason> reasons) {
        static final Plan HAPPY = new Plan(null, null, null, List.of());
    }

    final long applymentId;
    final String outRequestNo;
    String companyName;
    String businessLicenseNumber;
    String legalPerson;
    String idCardNumber;
    String contactName;
    String settlementBank;
    String settlementAccountName;
    String settlementAccountNumber;
    ApplymentState state = ApplymentState.CHECKING;
    Instant changedAt;
    Remittance remittance;
    String signUrl;
    String subMchid;
    List<Reason> rejections = List.of();
    Plan plan;

    Applyment(long applymentId, String outRequestNo, Plan plan, Instant now) {
        this.applymentId = applymentId;
        this.outRequestNo = outRequestNo;
        this.plan = plan;
        this.changedAt = now;
    }
}
