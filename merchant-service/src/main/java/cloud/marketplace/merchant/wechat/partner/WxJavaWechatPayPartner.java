package cloud.marketplace.merchant.wechat.partner;

import cloud.marketplace.contracts.events.FieldReason;
import cloud.marketplace.merchant.document.DocumentContent;
import cloud.marketplace.merchant.partner.PartnerFailure;
import cloud.marketplace.merchant.partner.PartnerTime;
import cloud.marketplace.merchant.signing.PemKeys;
import cloud.marketplace.merchant.wechat.AccountVerification;
import cloud.marketplace.merchant.wechat.ApplymentStatus;
import cloud.marketplace.merchant.wechat.PartnerState;
import cloud.marketplace.merchant.wechat.WechatPayPartner;
import cloud.marketplace.merchant.wechat.WechatSubmission;
import com.github.binarywang.wxpay.bean.ecommerce.ApplymentsRequest;
import com.github.binarywang.wxpay.bean.ecommerce.ApplymentsResult;
import com.github.binarywang.wxpay.bean.ecommerce.ApplymentsStatusResult;
import com.github.binarywang.wxpay.exception.WxPayException;
import com.github.binarywang.wxpay.service.WxPayService;
import com.github.binarywang.wxpay.v3.util.RsaCryptoUtil;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.security.PrivateKey;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * WeChat Pay API v3, 电商收付通 applyments ({@code /v3/ecommerce/applyments/}) and the media
 * upload, through WxJava: requests signed with our merchant key, sensitive fields encrypted with
 * the platform public key, every answer checked by {@link AnswerCheckingExecutor}.
 */
@Component
class WxJavaWechatPayPartner implements WechatPayPartner {

    private static final Logger log = LoggerFactory.getLogger(WxJavaWechatPayPartner.class);
    private static final Gson GSON = new Gson();

    private final WxPayService wechatPay;
    private final String storeUrl;
    private final PrivateKey merchantKey;

    WxJavaWechatPayPartner(WxPayService wechatPay, WechatPayProperties properties) {
        this.wechatPay = wechatPay;
        this.storeUrl = properties.storeUrl();
        this.merchantKey = PemKeys.privateKey(PemKeys.read(properties.merchantPrivateKey()));
    }

    @Override
    public String uploadImage(DocumentContent document) {
        String mediaId = call("media upload", () -> wechatPay.getMerchantMediaService()
                .imageUploadV3(new ByteArrayInputStream(document.bytes()), document.fileName()).getMediaId());
        return required(mediaId, "media_id");
    }

    @Override
    public String submit(WechatSubmission submission) {
        ApplymentsResult result = call("applyment", () -> {
            ApplymentsRequest request = ApplymentRequests.of(submission, storeUrl);
            RsaCryptoUtil.encryptFields(request, wechatPay.getConfig().getVerifier().getValidCertificate());
            JsonObject body = GSON.toJsonTree(request).getAsJsonObject();
            JsonObject certificate = ApplymentRequests.organizationCertificate(submission);
            if (certificate != null) {
                body.add("organization_cert_info", certificate);
            }
            String answer = wechatPay.postV3WithWechatpaySerial(wechatPay.getPayBaseUrl() + "/v3/ecommerce/applyments/", body.toString());
            return GSON.fromJson(answer, ApplymentsResult.class);
        });
        return required(result == null ? null : result.getApplymentId(), "applyment_id");
    }

    @Override
    public ApplymentStatus status(String applymentId) {
        ApplymentsStatusResult result = call("applyment status",
                () -> wechatPay.getEcommerceService().queryApplyStatusByApplymentId(applymentId));
        if (result == null || result.getApplymentState() == null) {
            throw new PartnerFailure.Unavailable("WeChat Pay's applyment status has no applyment_state", null);
        }
        PartnerState state;
        try {
            state = PartnerState.valueOf(result.getApplymentState().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PartnerFailure.Unavailable("WeChat Pay reported an unknown applyment_state " + result.getApplymentState(), e);
        }
        List<FieldReason> rejections = result.getAuditDetail() == null ? List.of() : result.getAuditDetail().stream()
                .filter(detail -> detail.getRejectReason() != null && !detail.getRejectReason().isBlank())
                .map(detail -> new FieldReason(detail.getParamName() == null || detail.getParamName().isBlank()
                        ? "application" : detail.getParamName(), detail.getRejectReason()))
                .toList();
        return new ApplymentStatus(state, result.getApplymentStateDesc(), result.getSubMchid(),
                verification(result.getAccountValidation()), result.getSignUrl(), rejections);
    }

    private AccountVerification verification(ApplymentsStatusResult.AccountValidation validation) {
        if (validation == null) {
            return null;
        }
        try {
            return new AccountVerification(Long.parseLong(validation.getPayAmount().strip()),
                    decrypt(validation.getAccountName()), decrypt(validation.getAccountNo()),
                    validation.getDestinationAccountName(), validation.getDestinationAccountNumber(),
                    validation.getDestinationAccountBank(), validation.getCity(), validation.getRemark(),
                    PartnerTime.parse(validation.getDeadline()));
        } catch (RuntimeException e) {
            throw new PartnerFailure.Unavailable("WeChat Pay's account_validation block is malformed: " + e.getMessage(), e);
        }
    }

    /** The payer's name and number come encrypted with our merchant public key. */
    private String decrypt(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RsaCryptoUtil.decryptOAEP(value, merchantKey);
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot decrypt an account_validation field", e);
        }
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new PartnerFailure.Unavailable("WeChat Pay's answer has no " + field, null);
        }
        return value;
    }

    private <T> T call(String what, PartnerCall<T> call) {
        try {
            return call.run();
        } catch (PartnerFailure failure) {
            throw failure;
        } catch (Exception e) {
            PartnerFailure failure = translate(what, e);
            log.warn("WeChat Pay {} failed: {}", what, failure.getMessage());
            throw failure;
        }
    }

    private static PartnerFailure translate(String what, Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof PartnerAnswerException answer) {
                return answer.failure();
            }
            if (cause instanceof InterruptedIOException) {
                return new PartnerFailure.Unavailable("WeChat Pay did not answer the " + what + " in time", cause);
            }
        }
        if (error instanceof WxPayException || error instanceof IOException) {
            return new PartnerFailure.Unavailable("WeChat Pay " + what + ": " + error.getMessage(), error);
        }
        return new PartnerFailure.Unavailable("WeChat Pay's " + what + " answer is malformed: " + error.getMessage(), error);
    }

    @FunctionalInterface
    private interface PartnerCall<T> {
        T run() throws Exception;
    }
}
