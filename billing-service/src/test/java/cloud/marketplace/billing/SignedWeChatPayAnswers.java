package cloud.marketplace.billing;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * WireMock playing WeChat Pay signs every answer under {@code /v3/} with the test platform key,
 * as WeChat Pay does — billing believes no unsigned answer. A stub can opt out with the header
 * {@code X-Test-Unsigned: true} (to test exactly that).
 */
public class SignedWeChatPayAnswers implements ResponseTransformerV2 {

    public static final String UNSIGNED = "X-Test-Unsigned";

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        if (!serveEvent.getRequest().getUrl().startsWith("/v3/") || response.getHeaders().getHeader(UNSIGNED).isPresent()) {
            return response;
        }
        String body = response.getBodyAsString();
        String nonce = ChannelSigner.nonce();
        var signed = ChannelSigner.wechat(body == null ? "" : body, TestPartners.now(), nonce);
        return Response.Builder.like(response).but()
                .headers(response.getHeaders().plus(
                        new HttpHeader("Wechatpay-Timestamp", signed.get("Wechatpay-Timestamp")),
                        new HttpHeader("Wechatpay-Nonce", nonce),
                        new HttpHeader("Wechatpay-Serial", signed.get("Wechatpay-Serial")),
                        new HttpHeader("Wechatpay-Signature", signed.get("Wechatpay-Signature"))))
                .build();
    }

    @Override
    public String getName() {
        return "signed-wechat-pay-answers";
    }
}
