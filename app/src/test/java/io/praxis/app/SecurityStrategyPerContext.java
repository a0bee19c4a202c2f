package io.praxis.app;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Makes a test that reuses a cached Spring context see its own signed-in user.
 *
 * <p>Every context of the app installs its own Vaadin-aware {@link SecurityContextHolderStrategy}
 * (each with its own thread-local) into the static {@link SecurityContextHolder} when it starts,
 * while that context's beans keep using their own instance. So once a second context has started
 * (another test configuration, a browser test), a test that goes back to an older cached context
 * gets its {@code @WithMockUser} written into the newest context's strategy, and the views of the
 * older context see an anonymous visitor. Before each test method, ahead of Spring Security's
 * {@code WithSecurityContextTestExecutionListener} (order 10000), this puts back the strategy of
 * the test's own context. Registered for every test in {@code META-INF/spring.factories}.
 */
public class SecurityStrategyPerContext extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return 9_000;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        SecurityContextHolderStrategy own = testContext.getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class).getIfUnique();
        if (own != null && SecurityContextHolder.getContextHolderStrategy() != own) {
            SecurityContextHolder.setContextHolderStrategy(own);
        }
    }
}
