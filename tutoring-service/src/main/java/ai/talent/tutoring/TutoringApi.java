package ai.talent.tutoring;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The tutoring service's API description as published at /q/openapi. */
@OpenAPIDefinition(info = @Info(title = "talent-ai tutoring-service", version = "v1",
        description = "Traces learners' skills and plans what to learn next; generates freelancers' portfolios."))
public class TutoringApi extends Application {
}
