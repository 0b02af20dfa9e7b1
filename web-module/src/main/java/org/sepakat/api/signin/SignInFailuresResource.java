package org.sepakat.api.signin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepakat.shared.entity.Roles;
import org.sepakat.signin.boundary.SignInGuard;
import org.sepakat.signin.entity.FailureCount;
import org.sepakat.signin.entity.SubjectKind;

/** Failed sign-ins counted per user name and address, and lifting a wait or lock: administrators only. */
@Path("sign-in-failures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in throttle", description = "Failed sign-ins per user name and per address (administrators)")
@RolesAllowed(Roles.ADMINISTRATOR)
public class SignInFailuresResource {

    @Inject
    SignInGuard guard;

    @GET
    @Operation(
            summary = "Every user name and address with counted failures, the latest first",
            description = "failures: in a row (what the throttle looks at); total: since counting began (kept 7 days "
                    + "after the last failure); refusedUntil and locked: the wait or lock in force, if any.")
    public List<FailureCount> counts() {
        return guard.counts();
    }

    @DELETE
    @Path("users/{user}")
    @Operation(summary = "Lift the wait or lock of a user name (its total count stays)")
    public void liftUser(@PathParam("user") String user) {
        guard.lift(SubjectKind.USER, user);
    }

    @DELETE
    @Path("addresses/{address}")
    @Operation(summary = "Lift the wait or lock of a client address (its total count stays)")
    public void liftAddress(@PathParam("address") String address) {
        guard.lift(SubjectKind.ADDRESS, address);
    }
}
