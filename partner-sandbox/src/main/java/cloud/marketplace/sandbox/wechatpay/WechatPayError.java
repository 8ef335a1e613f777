package cloud.marketplace.sandbox.wechatpay;

/** An error answer of the WeChat Pay API: {@code {"code": …, "message": …}} with an HTTP status. */
class WechatPayError extends RuntimeException {

    private final int status;
    private final String code;

    WechatPayError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
