package fr.portailfamille.account;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.DispatcherType;

import fr.portailfamille.shared.Town;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** The only path open without a session and without CSRF token. */
    static final String PAYMENT_NOTIFICATION = "/paiement/notification";

    /** The load balancer's health check: no session, no cookie (its own chain below). */
    static final String HEALTH_CHECK = "/sante";

    /**
     * Argon2id with OWASP's parameters (19 MiB, 2 iterations, 1 lane); BCrypt hashes still verify. At most one hash
     * per core at a time, the others wait in arrival order ({@link HashingGate}).
     */
    @Bean
    HashingGate passwordEncoder(
            @org.springframework.beans.factory.annotation.Value("${portail.login.concurrent-hashes:0}") int concurrent) {
        String argon2 = "argon2id";
        return new HashingGate(new DelegatingPasswordEncoder(argon2, Map.of(
                argon2, new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
                "bcrypt", new BCryptPasswordEncoder())), concurrent > 0 ? concurrent : HashingGate.forThisMachine());
    }

    /** The waiting room is a filter of the security chain only, not of the whole servlet container. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<LoginWaitingRoom> waitingRoomOutsideTheChain(
            LoginWaitingRoom waitingRoom) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(waitingRoom);
        registration.setEnabled(false);
        return registration;
    }

    /** The standard policy, which also refuses passwords built on the town's name or city. */
    @Bean
    PasswordPolicy passwordPolicy(Town town) {
        return PasswordPolicy.standard().withTownNames(() -> {
            var settings = town.settings();
            return java.util.Arrays.asList(settings.name(), settings.city());
        });
    }

    @Bean
    AuthenticationManager authenticationManager(AccountUserDetails users, PasswordEncoder encoder,
                                                LoginThrottle throttle, PasswordPolicy policy, DeviceCookies devices,
                                                PersistentLogins persistentLogins) {
        var passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(encoder);
        passwordCheck.setUserDetailsPasswordService(users);
        // the device cookie's authentication (already checked by PersistentLogins) is accepted by its own provider
        return new ProviderManager(new ThrottlingAuthenticationProvider(passwordCheck, throttle, policy, devices),
                new RememberMeAuthenticationProvider(persistentLogins.getKey()));
    }

    private static LoginUrlAuthenticationEntryPoint loginEntryPoint() {
        var entryPoint = new LoginUrlAuthenticationEntryPoint("/connexion");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /**
     * The load balancer's health check ({@code shared.HealthCheck}, {@code GET /sante}): open to all, and
     * stateless: no session is read or created, no CSRF token, no saved request, so no cookie is ever set.
     * Ordered before the portal's chain, which takes every other request.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
    SecurityFilterChain healthCheckChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, HEALTH_CHECK))
            .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable())
            .requestCache(cache -> cache.disable())
            .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
    SecurityFilterChain portal(HttpSecurity http, AuthenticationManager authenticationManager, Clock clock,
                               DeviceCookies devices, AccountStore accounts, PersistentLogins persistentLogins,
                               LoginWaitingRoom waitingRoom, AccountStamps stamps) throws Exception {
        http.authenticationManager(authenticationManager)
            .addFilterAfter(new SessionPasswordCheck(stamps), SecurityContextHolderFilter.class)
            .authorizeHttpRequests(auth -> auth
                .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                .requestMatchers("/connexion", LoginQueueController.PATH, "/gestion/connexion", "/activation/*",
                        "/mot-de-passe-oublie", "/mot-de-passe-oublie/*", "/error", "/css/**", "/js/**", "/images/**",
                        "/webjars/**", "/favicon.ico", "/calendrier/*.ics", "/accessibilite").permitAll()
                // « Créer mon espace famille » (onboarding): a family without an account asks for one
                .requestMatchers("/creer-mon-espace", "/creer-mon-espace/**").permitAll()
                // the payment provider's server-to-server notification: verified by its signature (billing)
                .requestMatchers(HttpMethod.POST, PAYMENT_NOTIFICATION).permitAll()
                .requestMatchers("/gestion/comptes/**", "/gestion/journal/**", "/gestion/parametres/**").hasRole("ADMIN")
                .requestMatchers("/gestion/**").hasRole("AGENT")
                .requestMatchers("/", "/mot-de-passe").authenticated()
                .anyRequest().hasRole("FAMILY"))
            .formLogin(form -> form
                .loginPage("/connexion")
                .loginProcessingUrl("/connexion")
                .usernameParameter("identifiant")
                .passwordParameter("motDePasse")
                .authenticationDetailsSource(LoginAttemptDetails::new)
                .successHandler(LoginOutcomeHandlers.success(devices, accounts))
                .failureHandler(LoginOutcomeHandlers.failure(clock))
                .permitAll())
            // to the login page by a relative Location, never built from the Host header
            .exceptionHandling(e -> e.authenticationEntryPoint(loginEntryPoint()))
            .logout(logout -> logout
                .logoutUrl("/deconnexion")
                .logoutSuccessUrl("/connexion?deconnecte")
                .invalidateHttpSession(true)
                .clearAuthentication(true)
                .deleteCookies("PFSESSION"))
            // the login waiting room answers a login post at once when the hashing gate is full (after CSRF)
            .addFilterBefore(waitingRoom, UsernamePasswordAuthenticationFilter.class)
            // « Rester connecté sur cet appareil »: read only when there is no session (PersistentLogins)
            .rememberMe(r -> r.rememberMeServices(persistentLogins).key(persistentLogins.getKey()))
            .csrf(csrf -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults()
                    .matcher(HttpMethod.POST, PAYMENT_NOTIFICATION)))
            .sessionManagement(s -> s.sessionFixation(f -> f.newSession()))
            .headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }
}
