package org.sepakat.web.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The application answers requests; a restart would not help a database outage, so that is readiness, not
 * liveness. The health endpoints are open to load balancers, so the free memory is shown only where the
 * server publishes its details (sepakat.public.docs, the local demo).
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Resource(lookup = "sepakat/publicDocs")
    Object publicDocs;

    @Override
    public HealthCheckResponse call() {
        var application = HealthCheckResponse.named("application").up();
        if (ServerSwitches.on(publicDocs)) {
            Runtime runtime = Runtime.getRuntime();
            application.withData(
                    "freeMemoryBytes", runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory()));
        }
        return application.build();
    }
}
