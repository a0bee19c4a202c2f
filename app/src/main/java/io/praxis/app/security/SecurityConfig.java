package io.praxis.app.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.praxis.app.account.Role;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * Two filter chains: one for machine clients ({@code /api/**}, {@code /actuator/**}) that
 * accepts the browser session or HTTP Basic and answers 401 instead of redirecting, and
 * Vaadin's chain for everything else, where each view's annotation decides access and an
 * anonymous visit to a protected view goes to the log-in page and back.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain machineChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN_NAME)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(basicEntryPoint()))
                .exceptionHandling(e -> e.authenticationEntryPoint(basicEntryPoint()))
                // Read-only JSON endpoints; Basic clients carry no CSRF token.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinChain(HttpSecurity http) throws Exception {
        // "/error" must stay open: a 401 from the machine chain is rendered there, and a
        // protected error page would turn it into a redirect to the log-in page.
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**", "/favicon.ico", "/error").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /** Machine clients get 401 with a Basic challenge, never a redirect to the log-in page. */
    private static BasicAuthenticationEntryPoint basicEntryPoint() {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("Praxis");
        return entryPoint;
    }

    /** bcrypt by default, and able to verify any hash format Spring knows ({@code {id}hash}). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
