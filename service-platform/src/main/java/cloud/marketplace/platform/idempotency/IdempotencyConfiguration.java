package cloud.marketplace.platform.idempotency;

import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    /** Runs inside the security filter chain (order -100), so the caller is known. */
    private static final int AFTER_SECURITY = 0;

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(JdbcClient jdbc, Clock clock, JsonMapper json) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(new IdempotencyStore(jdbc, clock), json));
        registration.setOrder(AFTER_SECURITY);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
