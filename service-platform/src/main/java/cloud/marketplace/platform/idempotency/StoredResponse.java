package cloud.marketplace.platform.idempotency;

/** What was answered to the first request under an idempotency key. */
record StoredResponse(String fingerprint, State state, int status, String contentType, String location, byte[] body) {

    enum State { IN_PROGRESS, DONE }
}
