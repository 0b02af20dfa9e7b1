package org.sepakat.it.support;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Black-box tests: Arquillian deploys the EAR exactly as built and the test talks to it over
 * HTTP, as a browser or an API client would.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedEar {

    /** One instance for every class: {@link SharedDeployments} deploys it once for all of them. */
    private static EnterpriseArchive asBuilt;

    @Deployment(testable = false)
    public static EnterpriseArchive sepakat() {
        if (asBuilt == null) {
            asBuilt = builtEar();
        }
        return asBuilt;
    }

    /** A fresh copy of the EAR as built, to add to. */
    public static EnterpriseArchive builtEar() {
        File ear = new File(System.getProperty("sepakat.it.ear", "target/sepakat.ear"));
        return ShrinkWrap.create(ZipImporter.class, "sepakat.ear")
                .importFrom(ear)
                .as(EnterpriseArchive.class);
    }

    /** Where the application answers, e.g. http://localhost:9181/ */
    public static String baseUrl() {
        return System.getProperty("sepakat.it.baseUrl", "http://localhost:9181/");
    }

    /** The same server on its HTTPS port, e.g. https://localhost:9543/ */
    public static String httpsBaseUrl() {
        return "https://localhost:" + System.getProperty("sepakat.it.https.port", "9543") + "/";
    }
}
