package io.praxis.app;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Points Spring Security's global context holder at the strategy of the test's own Spring
 * context before each test method.
 *
 * <p>Why: Vaadin's auto-configuration installs a new {@code VaadinAwareSecurityContextHolderStrategy}
 * globally whenever a context starts, while the beans of every context keep the instance they
 * were built with. A test that runs in a cached context created before another one would put
 * its {@code @WithMockUser} into the newer context's holder, and its views would see an
 * anonymous visitor (browserless tests then land on the log-in page, depending on test order).
 * This listener runs before Spring Security's {@code WithSecurityContextTestExecutionListener}
 * (order 10000), so the mock user goes into the right holder. Registered in
 * {@code META-INF/spring.factories}, so it applies to every Spring test.
 */
public class SecurityStrategyPerContext extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
