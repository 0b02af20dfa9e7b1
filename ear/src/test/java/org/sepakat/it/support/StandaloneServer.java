package org.sepakat.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Liberty server of a test's own, started with {@code bin/server} as an operator would: the configuration
 * and the EAR copied into it by the build (ear/pom.xml), the environment given here. Used by the tests that
 * need the server configuration as shipped rather than the integration-test server.
 */
public final class StandaloneServer {

    private static final Path WLP = Path.of(System.getProperty("arquillian.wlpHome", "../.liberty-runtime/wlp"));
    private static final Path USR = Path.of(System.getProperty("arquillian.usrDir", "target/liberty/usr"));

    private final String name;
    private final String baseUrl;
    private final Map<String, String> environment;

    /**
     * @param baseUrl plain-HTTP address whose {@code health/ready} answers 200 once the application is up
     * @param environment variables such as SEPAKAT_DB, on top of this JVM's environment
     */
    public StandaloneServer(String name, String baseUrl, Map<String, String> environment) {
        this.name = name;
        this.baseUrl = baseUrl;
        this.environment = Map.copyOf(environment);
    }

    /** The server's directory: configuration, logs, resources/security. */
    public Path directory() {
        return USR.resolve("servers").resolve(name);
    }

    public void start() throws IOException, InterruptedException {
        Process process = command("start").start();
        assertThat(process.waitFor(240, TimeUnit.SECONDS))
                .as("server start returns")
                .isTrue();
        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> Api.anonymous().at(baseUrl).get("health/ready").status() == 200);
    }

    /** Ends the server process at once, as a crash would. */
    public void kill() throws IOException {
        long pid = Long.parseLong(
                Files.readString(USR.resolve("servers/.pid/" + name + ".pid")).trim());
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow();
        handle.destroyForcibly();
        handle.onExit().join();
    }

    public void stop() throws IOException, InterruptedException {
        command("stop").start().waitFor(120, TimeUnit.SECONDS);
    }

    private ProcessBuilder command(String action) {
        ProcessBuilder builder = new ProcessBuilder(WLP.resolve("bin/server").toString(), action, name)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        USR.resolve(name + "-console.log").toFile()));
        builder.environment().put("WLP_USER_DIR", USR.toAbsolutePath().toString());
        builder.environment().putAll(environment);
        return builder;
    }
}
