package ai.talent.search;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The search service's API description as published at /q/openapi. */
@OpenAPIDefinition(info = @Info(title = "talent-ai search-service", version = "v1",
        description = "Natural-language talent search over the freelancers the service has received."))
public class SearchApi extends Application {
}
