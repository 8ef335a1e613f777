package cloud.marketplace.merchant.wechat;

import cloud.marketplace.merchant.document.DocumentContent;

/**
 * WeChat Pay's merchant-application API as this service needs it. Every method calls the
 * partner over the network: never call one inside a database transaction. Failures are
 * {@link cloud.marketplace.merchant.partner.PartnerFailure}s.
 */
public interface WechatPayPartner {

    /** Uploads an image through the media API; answers its media id. */
    String uploadImage(DocumentContent document);

    /** Creates (or, for a rejected one with the same business code, replaces) the applyment; answers its id. */
    String submit(WechatSubmission submission);

    ApplymentStatus status(String applymentId);
}
