package io.praxis.app;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Makes the security context of a test and the app under test one and the same again.
 *
 * <p>Every Spring context with Vaadin's security installs its own
 * {@code VaadinAwareSecurityContextHolderStrategy} as the JVM-wide {@link SecurityContextHolder}
 * strategy when it starts. When a cached context is reused after another one started (for
 * example a browserless test after a real-servlet test), the JVM-wide strategy belongs to the
 * other context: {@code @WithMockUser} and the app then look in different places and every
 * signed-in page sends the test user to log-in. Before each test method, and before Spring
 * Security's {@code @WithMockUser} listener (order 10000), this puts the test's own context's
 * strategy back, so tests pass in any order without {@code @DirtiesContext}.
 *
 * <p>Registered for every test in {@code META-INF/spring.factories}.
 */
public class SecurityStrategyTestListener implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 9_000;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifUnique(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }
}
