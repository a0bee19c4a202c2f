package io.praxis.app.ops;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Logs one structured line when Praxis is ready: where to open it and how it runs. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final Environment environment;
    private final String dataDir;

    StartupReport(Environment environment, @Value("${praxis.data-dir}") String dataDir) {
        this.environment = environment;
        this.dataDir = dataDir;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        long uptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
        String profiles = String.join(",", environment.getActiveProfiles());
        log.info("event=started url=http://localhost:{}/ startup_ms={} profiles={} data_dir={} java={}", port,
                uptimeMs, profiles.isEmpty() ? "default" : profiles, Path.of(dataDir).toAbsolutePath().normalize(),
                Runtime.version());
    }
}
