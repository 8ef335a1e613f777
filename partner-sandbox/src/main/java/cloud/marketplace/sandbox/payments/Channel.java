package cloud.marketplace.sandbox.payments;

/** The three payment channels the deposit can be paid through. */
enum Channel {
    WECHAT_PAY, QQ_PAY, ONLINE_BANKING
}
