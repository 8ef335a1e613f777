package cloud.marketplace.platform;

import cloud.marketplace.platform.security.ServiceIdentity;
import cloud.marketplace.security.MarketplaceTokens;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/** The Spring setup every service shares: security, problems, events, idempotency, clock, OpenAPI. */
@AutoConfiguration
@ComponentScan(basePackageClasses = PlatformAutoConfiguration.class)
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    BusinessCalendar businessCalendar(Clock clock) {
        return new BusinessCalendar(clock);
    }

    @Bean
    ServiceIdentity serviceIdentity(MarketplaceTokens tokens, @Value("${spring.application.name}") String application,
                                    Clock clock) {
        return new ServiceIdentity(tokens, application, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI serviceOpenApi(@Value("${spring.application.name}") String application,
                           @Value("${marketplace.api.description:}") String description) {
        return new OpenAPI()
                .info(new Info().title(application).version("v1").description(description))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
