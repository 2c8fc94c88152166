package org.atelier.web.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.aop.Advisor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Spring Security for every HTTP call. API calls need a bearer token (checked by
 * {@link BearerTokens} through the OAuth2 resource server), except joining; pages, static files,
 * health, the API document and the STOMP endpoint (whose CONNECT carries the token) are open.
 * Which token may make which call is said on the controllers ({@link RunsWorkshop}…,
 * {@code @PreAuthorize}), checked by the two method-security advisors below rather than by
 * {@code @EnableMethodSecurity}'s, so that only Atelier's classes are searched for those
 * annotations ({@link OwnMethods}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * Scripts only from this origin, no framing, nothing sent to other sites. Styles may be inline:
     * the charts' SVG carries style attributes.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final String BEARER = "Bearer ";

    /**
     * No observation per security filter, authentication and authorization: a profile of the
     * write path put 4 % of the application's time in timing them, for figures nobody reads (the
     * request itself is still observed).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The workshop annotations' rules ({@link WorkshopAccess}), checked before the call where
     * {@code @PreAuthorize}'s would be.
     */
    @Bean
    @org.springframework.context.annotation.Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor workshopAccess() {
        AuthorizationManagerBeforeMethodInterceptor check = new AuthorizationManagerBeforeMethodInterceptor(
                WorkshopAccess.annotatedMethods(), new WorkshopAccess());
        check.setOrder(AuthorizationInterceptorsOrder.PRE_AUTHORIZE.getOrder());
        return check;
    }

    /**
     * {@code @PreAuthorize}'s expressions (the proposals' annotations, {@link ForOrganiser}), by
     * Spring Security's own manager, as {@code @EnableMethodSecurity} would set it up here (no role
     * hierarchy, permission evaluator or observation: the application has none), with the
     * application's beans in reach of the expressions ({@code @proposalRoutes}).
     */
    @Bean
    @org.springframework.context.annotation.Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor preAuthorize(ApplicationContext context) {
        DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
        expressions.setApplicationContext(context);
        PreAuthorizeAuthorizationManager manager = new PreAuthorizeAuthorizationManager();
        manager.setExpressionHandler(expressions);
        manager.setApplicationContext(context);
        AuthorizationManagerBeforeMethodInterceptor check = new AuthorizationManagerBeforeMethodInterceptor(
                OwnMethods.annotatedOrMetaAnnotatedWith(PreAuthorize.class), manager);
        check.setOrder(AuthorizationInterceptorsOrder.PRE_AUTHORIZE.getOrder());
        return check;
    }

    /**
     * The request matchers below compare paths with Spring's path patterns, without asking Spring
     * MVC which handler a request goes to (Spring Security's default while MVC is there).
     */
    @Bean
    PathPatternRequestMatcherBuilderFactoryBean pathPatternMatchers() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /**
     * One look-up of a request's handler, Spring MVC's own. Spring Security wraps its filter chain
     * in a filter that looks the handler up before the chain, for matchers that ask MVC (none here:
     * {@link #pathPatternMatchers}) and CORS settings taken from the handlers (none here either); the
     * dispatcher then looks it up again. Each look-up tries every mapping of the API in turn against
     * an address with ids in it: the two were a fifth of the request threads' time in a profile of
     * the write path. Undone here, after Spring Security has wrapped the chain (a bean-factory
     * post-processor runs after every registry post-processor); {@code OneHandlerLookUpTest} checks it.
     */
    @Bean
    static BeanFactoryPostProcessor oneHandlerLookUpPerRequest() {
        return factory -> {
            BeanDefinitionRegistry registry = (BeanDefinitionRegistry) factory;
            if (!registry.containsBeanDefinition(SECURITY_FILTER_CHAIN)) {
                return;
            }
            BeanDefinition wrapped = registry.getBeanDefinition(SECURITY_FILTER_CHAIN);
            if (wrapped.getBeanClassName() == null || !wrapped.getBeanClassName().endsWith("$CompositeFilterChainProxy")) {
                return;
            }
            ValueHolder filters = wrapped.getConstructorArgumentValues().getIndexedArgumentValue(0, List.class);
            List<?> cacheFilterThenChain = (List<?>) filters.getValue();
            registry.removeBeanDefinition(SECURITY_FILTER_CHAIN);
            registry.registerBeanDefinition(SECURITY_FILTER_CHAIN, (BeanDefinition) cacheFilterThenChain.get(1));
        };
    }

    private static final String SECURITY_FILTER_CHAIN = "springSecurityFilterChain";

    /**
     * Spring Security's strict firewall as it is, with its check that header names and values hold
     * only assigned, non-control characters made without a regular expression: the regex, run on
     * every header of every request, was 4 % of a profile of the write path.
     */
    @Bean
    WebSecurityCustomizer strictFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(SecurityConfiguration::assignedAndNotControl);
        firewall.setAllowedHeaderValues(SecurityConfiguration::assignedAndNotControl);
        firewall.setAllowedParameterNames(SecurityConfiguration::assignedAndNotControl);
        return web -> web.httpFirewall(firewall);
    }

    /** What {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, the firewall's own pattern, matches. */
    static boolean assignedAndNotControl(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (!Character.isDefined(codePoint) || Character.isISOControl(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, BearerTokens bearerTokens, SecurityProblems problems)
            throws Exception {
        return http
                // Tokens travel in headers, never in cookies, so there is no session to ride.
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/join").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/rejoin").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/rejoin/qr.svg").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/join/*").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationManagerResolver(request -> bearerTokens)
                        .bearerTokenResolver(SecurityConfiguration::bearerToken)
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        // Keys in a page's fragment never leave the browser; without a referrer no page
                        // address reaches another site's logs either.
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /** Any token after "Bearer ": organiser keys are chosen by people and need not look like a JWT. */
    private static String bearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = header.substring(BEARER.length()).strip();
        return token.isEmpty() ? null : token;
    }
}
