package ai.talent.matching;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The matching service's API description as published at /q/openapi. */
@OpenAPIDefinition(info = @Info(title = "talent-ai matching-service", version = "v1",
        description = "Ranks freelancers for a project from the marketplace events the service has received."))
public class MatchingApi extends Application {
}
