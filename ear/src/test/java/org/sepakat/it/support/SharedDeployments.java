package org.sepakat.it.support;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Test classes that talk to the application from outside (testable = false) and deploy the very
 * same archive instance ({@link DeployedEar#sepakat()}, {@link ReportFixtures#ear()}) share one
 * deployment: after such a class the archive stays deployed, and the next class deploying that
 * instance uses it as it is instead of redeploying it. Any other deployment, and the end of the
 * run, undeploy it first. {@link ByDeployment} runs the classes sharing an archive one after the
 * other. Registered in META-INF/services.
 */
public class SharedDeployments implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    /** Keeps the last shared archive deployed until a different one comes. */
    public static class Keeper {

        private Archive<?> kept;
        private DeployableContainer<?> keptOn;

        public void deploy(@Observes EventContext<DeployDeployment> context) throws DeploymentException {
            Deployment deployment = context.getEvent().getDeployment();
            if (kept != null && kept == deployment.getDescription().getArchive()) {
                deployment.deployed();
                return;
            }
            release();
            context.proceed();
        }

        public void undeploy(@Observes EventContext<UnDeployDeployment> context) throws DeploymentException {
            Deployment deployment = context.getEvent().getDeployment();
            DeploymentDescription description = deployment.getDescription();
            if (description.isArchiveDeployment() && !description.testable() && !deployment.hasDeploymentError()) {
                kept = description.getArchive();
                keptOn = context.getEvent().getDeployableContainer();
                deployment.undeployed();
                return;
            }
            context.proceed();
        }

        public void stop(@Observes BeforeStop event) throws DeploymentException {
            release();
        }

        private void release() throws DeploymentException {
            if (kept != null) {
                Archive<?> archive = kept;
                kept = null;
                keptOn.undeploy(archive);
            }
        }
    }
}
