package cloud.marketplace.billing.payment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The ways a deposit can be paid: WeChat Pay, QQ Pay and online banking (网银) only — never
 * corporate transfer or account balance. {@link #path()} names the channel in its notification URL.
 */
public enum PaymentMethod {
    WECHAT_PAY("wechat-pay"),
    QQ_PAY("qq-pay"),
    ONLINE_BANKING("online-banking");

    private final String path;

    PaymentMethod(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<PaymentMethod> named(String name) {
        return Arrays.stream(values()).filter(method -> method.name().equals(name)).findFirst();
    }

    public static Optional<PaymentMethod> ofPath(String path) {
        return Arrays.stream(values()).filter(method -> method.path.equals(path)).findFirst();
    }

    public static List<String> acceptedNames() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
