package ai.talent.service.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class ProblemResponsesTests {

    @Test
    void eachV1OperationGetsTheProblemsItCanAnswerWithAnExample() {
        Operation get = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH));
        Operation post = OASFactory.createOperation().requestBody(OASFactory.createRequestBody());
        Operation list = OASFactory.createOperation();
        OpenAPI api = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/v1/things/{id}", OASFactory.createPathItem().GET(get))
                .addPathItem("/v1/things", OASFactory.createPathItem().POST(post).GET(list))
                .addPathItem("/internal", OASFactory.createPathItem().GET(OASFactory.createOperation())));

        new ProblemResponses().filterOpenAPI(api);

        assertThat(get.getResponses().getAPIResponses()).containsOnlyKeys("400", "401", "403", "404", "500", "503");
        assertThat(post.getResponses().getAPIResponses()).containsOnlyKeys("400", "401", "403", "413", "500", "503");
        assertThat(list.getResponses().getAPIResponses()).containsOnlyKeys("401", "403", "500", "503");
        assertThat(api.getPaths().getPathItem("/internal").getGET().getResponses()).isNull();

        APIResponse notFound = get.getResponses().getAPIResponse("404");
        @SuppressWarnings("unchecked")
        Map<String, Object> example = (Map<String, Object>) notFound.getContent()
                .getMediaType("application/problem+json").getExample();
        assertThat(example).containsEntry("status", 404).containsEntry("type", "about:blank")
                .containsEntry("instance", "/v1/things/example-id");
        assertThat(list.getResponses().getAPIResponse("503").getHeaders()).containsKey("Retry-After");
        assertThat(api.getComponents().getSchemas()).containsKey(ProblemResponses.SCHEMA);
        assertThat(api.getComponents().getSecuritySchemes().get(ProblemResponses.SECURITY_SCHEME).getScheme())
                .isEqualTo("bearer");
        assertThat(get.getSecurity()).singleElement()
                .satisfies(requirement -> assertThat(requirement.hasScheme(ProblemResponses.SECURITY_SCHEME)).isTrue());
        assertThat(get.getResponses().getAPIResponse("401").getContent().getMediaType("application/problem+json")
                .getExample()).isInstanceOf(Map.class);
    }

    @Test
    void aResponseAnEndpointDeclaresKeepsItsDescriptionAndGainsTheProblemBody() {
        Operation post = OASFactory.createOperation().requestBody(OASFactory.createRequestBody())
                .responses(OASFactory.createAPIResponses().addAPIResponse("413",
                        OASFactory.createAPIResponse().description("Body over tutoring.portfolio.max-body-bytes")));
        PathItem item = OASFactory.createPathItem().POST(post);
        new ProblemResponses().filterOpenAPI(OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths().addPathItem("/v1/portfolios", item)));

        APIResponse tooLarge = post.getResponses().getAPIResponse("413");
        assertThat(tooLarge.getDescription()).isEqualTo("Body over tutoring.portfolio.max-body-bytes");
        assertThat(tooLarge.getContent().getMediaType("application/problem+json").getSchema().getRef())
                .isEqualTo("#/components/schemas/ProblemDetail");
        assertThat(ProblemResponses.problemStatuses("/v1/portfolios", item, post)).isEqualTo(List.of(400, 401, 403, 413, 500, 503));
    }
}
