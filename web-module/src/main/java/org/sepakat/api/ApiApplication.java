package org.sepakat.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.sepakat.api.shared.ProblemDetail;

/** The REST API: JSON, HTTP Basic against the server's user registry, errors as problem+json. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Sepakat API",
                        version = "1",
                        description = "Relationship and agreement processes of ISO/IEC 20000-1:2018 clause 8.3. "
                                + "Errors are application/problem+json (RFC 9457); writes of an existing record carry the "
                                + "version that was read, and a stale version is answered with 409."),
        security = @SecurityRequirement(name = "basic"),
        components = @Components(schemas = @Schema(name = "ProblemDetail", implementation = ProblemDetail.class)))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {}
