package cloud.marketplace.sandbox.wechatpay;

import java.security.PrivateKey;
import java.security.PublicKey;

/** The merchant's public key (checks its requests, encrypts what only it may read) and the platform's private key. */
record WechatPayKeys(PublicKey merchant, PrivateKey platform) {
}
