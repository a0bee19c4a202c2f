package io.praxis.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar that {@code ./mvnw package} builds starts on its own: production mode, no demo
 * profile, no npm, the first admin from the environment, health public and the rest of
 * Actuator for admins only.
 */
class ProductionJarIT {

    @TempDir
    Path dataDir;

    @Test
    void packagedJarStartsWithoutDemoDataAndServesHealth() throws Exception {
        Path jar = Path.of("target", "praxis.jar");
        assertThat(jar).as("run after package").exists();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = dataDir.resolve("app.log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("PRAXIS_DATA_DIR", dataDir.resolve("data").toString());
        pb.environment().put("PRAXIS_ADMIN_EMAIL", "owner@example.org");
        pb.environment().put("PRAXIS_ADMIN_PASSWORD", "a-long-admin-secret");
        pb.environment().remove("SPRING_PROFILES_ACTIVE");
        Process app = pb.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String base = "http://localhost:" + port;
            Instant deadline = Instant.now().plusSeconds(120);
            HttpResponse<String> health = null;
            while (Instant.now().isBefore(deadline) && app.isAlive()) {
                try {
                    health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(500);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(health).as("health answered; log:%n%s", output).isNotNull();
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("UP");
            assertThat(output).contains("event=started").contains("profiles=default")
                    .doesNotContain("event=demo-data");

            var anonymous = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
            var admin = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/metrics"))
                    .header("Authorization", basic("owner@example.org", "a-long-admin-secret")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(admin.statusCode()).isEqualTo(200);
            var demo = http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=ml"))
                    .header("Authorization", basic("learner@praxis.demo", "praxis-demo-2026")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(demo.statusCode()).as("no demo accounts in production").isEqualTo(401);
            var page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
        } finally {
            app.destroy();
            if (!app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
