package cloud.marketplace.gateway.security;

import cloud.marketplace.gateway.problem.ProblemResponses;
import cloud.marketplace.security.MarketplaceTokens;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import reactor.core.publisher.Flux;

/**
 * The gateway checks that a caller's token is genuine and unexpired; which role may do what is
 * decided by the services, which check the same token again. A token presented on a public path
 * must be valid too.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    @Bean
    MarketplaceTokens marketplaceTokens(@Value("${marketplace.jwt.secret}") String secret, Clock clock) {
        return new MarketplaceTokens(secret, clock);
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(MarketplaceTokens tokens) {
        return tokens.reactiveDecoder();
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
            ProblemResponses problems, Environment environment) {
        var entryPoint = new ProblemAuthenticationEntryPoint(problems);
        var accessDenied = new ProblemAccessDeniedHandler(problems);
        boolean local = environment.matchesProfiles("local");
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                // caching is the services' call (the category tree carries an ETag); the gateway adds no Cache-Control
                .headers(headers -> headers.cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable))
                .authorizeExchange(exchanges -> {
                    exchanges
                            .pathMatchers(HttpMethod.GET, "/api/catalog/categories/**", "/api/catalog/products/**",
                                    "/api/onboarding/agreements", "/api/onboarding/stores/*/profile").permitAll()
                            // payment channels sign their notifications; the billing service checks the signature
                            .pathMatchers(HttpMethod.POST, "/api/billing/notifications/**").permitAll()
                            .pathMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            .pathMatchers(HttpMethod.GET, "/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**",
                                    "/v3/api-docs", "/v3/api-docs/**", "/api-docs/**").permitAll();
                    if (local) {
                        exchanges.pathMatchers(HttpMethod.POST, "/api/dev/tokens").permitAll();
                    }
                    exchanges.anyExchange().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(authenticationConverter()))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .build();
    }

    /** Path traversal and other malformed request lines are refused before anything else looks at them. */
    @Bean
    ServerExchangeRejectedHandler exchangeRejectedHandler(ProblemResponses problems) {
        return new ProblemExchangeRejectedHandler(problems);
    }

    private static ReactiveJwtAuthenticationConverter authenticationConverter() {
        var converter = new ReactiveJwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> Flux.fromIterable(MarketplaceTokens.roles(jwt))
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())));
        return converter;
    }
}
