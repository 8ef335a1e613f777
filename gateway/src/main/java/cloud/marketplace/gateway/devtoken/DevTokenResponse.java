package cloud.marketplace.gateway.devtoken;

record DevTokenResponse(String accessToken) {
}
