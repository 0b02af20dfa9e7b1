package org.sepakat.it.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Deployments for tests that run inside the server: the EAR as built, plus a small test WAR
 * holding the test class, so the test calls the real boundaries on the real database.
 */
public final class InContainer {

    private static final String WEB_MODULE = "sepakat-web.war";

    /** The test runner servlet must answer without the login form; the test signs in itself (RunAs). */
    private static final String RUNNER_ACCESS = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
              <name>arquillian_runner_access</name>
              <security-constraint>
                <web-resource-collection>
                  <web-resource-name>arquillian</web-resource-name>
                  <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                  <url-pattern>/ArquillianServletRunnerEE9/*</url-pattern>
                </web-resource-collection>
              </security-constraint>
            </web-fragment>
            """;

    /** The EAR shared by the in-container tests, and the test classes (with helpers) it holds. */
    private static EnterpriseArchive shared;

    private static final Set<Class<?>> inShared = new LinkedHashSet<>();

    private InContainer() {}

    /**
     * The EAR of every in-container test: the test classes go into the EAR's own web module
     * (Arquillian enriches exactly one WAR), all into one EAR so that {@link SharedDeployments}
     * deploys it once for all of them ({@link ByDeployment} asks every class for its deployment
     * before the first runs). Classes asked for after it was deployed get a new EAR holding them all.
     * Add nothing to what it returns: it is every in-container class's deployment.
     */
    public static EnterpriseArchive earWith(Class<?>... testClasses) {
        List<Class<?>> missing =
                Arrays.stream(testClasses).filter(c -> !inShared.contains(c)).toList();
        if (shared != null && missing.isEmpty()) {
            return shared;
        }
        if (shared == null || SharedDeployments.wasDeployed(shared)) {
            shared = withSupport();
            web(shared).addClasses(inShared.toArray(Class<?>[]::new));
        }
        web(shared).addClasses(missing.toArray(Class<?>[]::new));
        inShared.addAll(missing);
        return shared;
    }

    private static EnterpriseArchive withSupport() {
        EnterpriseArchive ear = DeployedEar.builtEar();
        // Arquillian addresses the test runner at /<war name>/, so the web module moves there
        String applicationXml = new String(
                        readAll(ear.get("META-INF/application.xml").getAsset().openStream()), StandardCharsets.UTF_8)
                .replace("<context-root>/</context-root>", "<context-root>/sepakat-web</context-root>");
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(applicationXml));
        web(ear).addClasses(InContainer.class, RunAs.class, Unique.class, DemoUsers.class)
                .addAsLibrary(jarOf(Assertions.class))
                .addAsLibrary(jarOf(Awaitility.class))
                .addAsLibrary(jarOf(Matcher.class))
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                        .addAsManifestResource(new StringAsset(RUNNER_ACCESS), "web-fragment.xml"));
        return ear;
    }

    private static WebArchive web(EnterpriseArchive ear) {
        return ear.getAsType(WebArchive.class, WEB_MODULE);
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
