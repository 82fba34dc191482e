package ai.talent.success;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The success predictor's API description as published at /q/openapi. */
@OpenAPIDefinition(info = @Info(title = "talent-ai success-predictor", version = "v1",
        description = "Predicts whether a project will succeed with a given freelancer, with reasons."))
public class SuccessApi extends Application {
}
