package io.praxis.app;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Points Spring Security's global context holder at the strategy of the running test's own
 * application context, before each test.
 *
 * <p>Vaadin makes its {@code SecurityContextHolderStrategy} bean the global strategy when a
 * context starts, and each context has its own instance with its own thread-local. With several
 * contexts cached by the test framework, the one started last wins: a browserless test that
 * runs later in an earlier context would then store its {@code @WithMockUser} in a holder its
 * views never read, and be sent to the log-in page. This listener runs before Spring Security's
 * {@code WithSecurityContextTestExecutionListener} (order 10000), so the mock user lands in the
 * right holder whatever order the test classes run in. Registered in
 * {@code META-INF/spring.factories}.
 */
public class SecurityStrategyTestListener extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return 9_000;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        install(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext);
    }

    private static void install(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
