package org.sepakat.it.support;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Test classes that deploy the very same archive instance ({@link DeployedEar#sepakat()},
 * {@link ReportFixtures#ear()}, {@link InContainer#earWith}) share one deployment: after a class
 * its archive stays deployed, and the next class deploying that instance uses it as it is instead
 * of redeploying it. A different archive, and the end of the run, undeploy it first.
 * {@link ByDeployment} runs the classes sharing an archive one after the other. Registered in
 * META-INF/services.
 */
public class SharedDeployments implements LoadableExtension {

    /** Every archive deployed in this run, by identity. */
    private static final Set<Archive<?>> DEPLOYED = Collections.newSetFromMap(new IdentityHashMap<>());

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    /** Whether the archive went to the server already: what is added to it now would not. */
    public static boolean wasDeployed(Archive<?> archive) {
        return DEPLOYED.contains(archive);
    }

    /**
     * Keeps the last archive deployed until a different one comes. Runs inside the deployment's
     * context (lower precedence than Arquillian's context handlers), so that a class reusing the
     * deployment gets what Arquillian's own deployment step would have given it.
     */
    public static class Keeper {

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> description;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deploymentInContext;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetaData;

        private Archive<?> kept;
        private Archive<?> keptAsDeployed;
        private DeployableContainer<?> keptOn;
        private ProtocolMetaData keptMetaData;

        public void deploy(@Observes(precedence = -10) EventContext<DeployDeployment> context)
                throws DeploymentException {
            Deployment deployment = context.getEvent().getDeployment();
            Archive<?> archive = deployment.getDescription().getArchive();
            if (archive != null && archive == kept) {
                description.set(deployment.getDescription());
                deploymentInContext.set(deployment);
                protocolMetaData.set(keptMetaData);
                deployment.deployed();
                return;
            }
            release();
            context.proceed();
            if (archive != null && deployment.isDeployed() && !deployment.hasDeploymentError()) {
                kept = archive;
                Archive<?> testable = deployment.getDescription().getTestableArchive();
                keptAsDeployed = testable == null ? archive : testable;
                keptOn = context.getEvent().getDeployableContainer();
                keptMetaData = protocolMetaData.get();
                DEPLOYED.add(archive);
            }
        }

        public void undeploy(@Observes(precedence = -10) EventContext<UnDeployDeployment> context) {
            Deployment deployment = context.getEvent().getDeployment();
            if (deployment.getDescription().getArchive() == kept && kept != null) {
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
                Archive<?> archive = keptAsDeployed;
                kept = null;
                keptAsDeployed = null;
                keptMetaData = null;
                keptOn.undeploy(archive);
            }
        }
    }
}
