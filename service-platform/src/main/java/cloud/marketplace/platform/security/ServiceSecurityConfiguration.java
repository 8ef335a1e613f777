package cloud.marketplace.platform.security;

import cloud.marketplace.security.MarketplaceTokens;
import cloud.marketplace.security.Role;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service checks the caller's token again, whatever the gateway did: a stateless JWT
 * resource server, roles from the {@code roles} claim, {@code /internal/**} for service
 * identities only. Role rules per endpoint sit on the controllers ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class ServiceSecurityConfiguration {

    @Bean
    MarketplaceTokens marketplaceTokens(@Value("${marketplace.security.jwt-secret}") String secret, java.time.Clock clock) {
        return new MarketplaceTokens(secret, clock);
    }

    @Bean
    JwtDecoder jwtDecoder(MarketplaceTokens tokens) {
        return tokens.decoder();
    }

    @Bean
    SecurityFilterChain serviceSecurity(HttpSecurity http, ObjectProvider<PublicEndpoints> publicEndpoints, JsonMapper json) {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json);
        List<PublicEndpoints.Endpoint> open = publicEndpoints.orderedStream()
                .flatMap(endpoints -> endpoints.endpoints().stream()).toList();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**",
                            "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll();
                    open.forEach(endpoint -> requests.requestMatchers(endpoint.method(), endpoint.pattern()).permitAll());
                    requests.requestMatchers("/internal/**").hasRole(Role.SERVICE.name());
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authenticationConverter()))
                        .authenticationEntryPoint(problems.entryPoint())
                        .accessDeniedHandler(problems.accessDenied()))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems.entryPoint())
                        .accessDeniedHandler(problems.accessDenied()));
        return http.build();
    }

    @Bean
    WebMvcConfigurer callerArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    private static JwtAuthenticationConverter authenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> MarketplaceTokens.roles(jwt).stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList());
        return converter;
    }
}
