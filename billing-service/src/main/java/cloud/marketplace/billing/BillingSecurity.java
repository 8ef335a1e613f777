package cloud.marketplace.billing;

import cloud.marketplace.platform.security.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BillingSecurity {

    /** Payment channels carry no token: their notifications are checked by signature instead. */
    @Bean
    PublicEndpoints channelNotifications() {
        return PublicEndpoints.of(PublicEndpoints.post("/api/billing/notifications/*"));
    }
}
