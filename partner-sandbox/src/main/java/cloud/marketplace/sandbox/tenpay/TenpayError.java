package cloud.marketplace.sandbox.tenpay;

/** An error answer of the Tenpay contract: {@code {"code": …, "message": …}} with an HTTP status. */
class TenpayError extends RuntimeException {

    private final int status;
    private final String code;

    TenpayError(int status, String code, String message) {
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
