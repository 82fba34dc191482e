package ai.talent.service.openapi;

import ai.talent.service.problem.Problems;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents the problem responses ({@code application/problem+json}, RFC 9457) of every {@code /v1} operation in
 * one place, from what the shared layers answer rather than per endpoint:
 * <ul>
 *   <li>400: an operation with parameters or a body (bean validation, malformed or mismatched JSON, the services'
 *   own checks), with the {@code errors} member naming each invalid field;</li>
 *   <li>401 and 403: every operation (bearer-token auth, on in the prod profile: no or a refused token, a token
 *   without the path's role), which also requires the {@code bearer} security scheme (an RS256 JWT);</li>
 *   <li>404: an operation whose path names an entity ({@code {id}}) the service may not know;</li>
 *   <li>413: an operation with a body (Quarkus' body limit, and bounded lists such as tutoring's portfolio);</li>
 *   <li>503 with {@code Retry-After}: every operation (the admission limit, a keyed read whose owner is unknown, a
 *   search engine that is down);</li>
 *   <li>500: every operation (an unexpected failure, without its stack trace).</li>
 * </ul>
 * A response an endpoint already declares keeps its description and gains the problem body and example. Runs at
 * build time, so the document served at {@code /q/openapi} is fixed.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    /** The schema component every problem response refers to. */
    public static final String SCHEMA = "ProblemDetail";
    static final String PREFIX = "/v1";
    /** The security scheme every {@code /v1} operation requires (when auth is on: the prod profile). */
    public static final String SECURITY_SCHEME = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        boolean any = false;
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith(PREFIX)) {
                continue;
            }
            PathItem item = path.getValue();
            for (Operation operation : item.getOperations().values()) {
                document(path.getKey(), item, operation);
                if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                    operation.addSecurityRequirement(OASFactory.createSecurityRequirement()
                            .addScheme(SECURITY_SCHEME));
                }
                any = true;
            }
        }
        if (any) {
            if (api.getComponents() == null) {
                api.setComponents(OASFactory.createComponents());
            }
            if (api.getComponents().getSchemas() == null || !api.getComponents().getSchemas().containsKey(SCHEMA)) {
                api.getComponents().addSchema(SCHEMA, problemSchema());
            }
            if (api.getComponents().getSecuritySchemes() == null
                    || !api.getComponents().getSecuritySchemes().containsKey(SECURITY_SCHEME)) {
                api.getComponents().addSecurityScheme(SECURITY_SCHEME, OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("An RS256 JWT whose groups claim holds the role the path needs: recruiter "
                                + "(search), platform (matching, predictions, learners, portfolios) or admin (model "
                                + "promotion and rollback, index rebuild, and everything else). Required when auth "
                                + "is on (the prod profile unless TALENT_AUTH_ENABLED=false)."));
            }
        }
    }

    /** The problem status codes an operation can answer, by what it takes (see the class comment). */
    static List<Integer> problemStatuses(String path, PathItem item, Operation operation) {
        boolean parameters = notEmpty(operation.getParameters()) || notEmpty(item.getParameters());
        boolean body = operation.getRequestBody() != null;
        List<Integer> codes = new java.util.ArrayList<>();
        if (parameters || body) {
            codes.add(400);
        }
        codes.add(401);
        codes.add(403);
        if (path.contains("{")) {
            codes.add(404);
        }
        if (body) {
            codes.add(413);
        }
        codes.add(500);
        codes.add(503);
        return codes;
    }

    private static void document(String path, PathItem item, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        for (int status : problemStatuses(path, item, operation)) {
            String code = Integer.toString(status);
            APIResponse response = responses.getAPIResponse(code);
            if (response == null) {
                response = OASFactory.createAPIResponse().description(description(status));
                responses.addAPIResponse(code, response);
            } else if (response.getDescription() == null || response.getDescription().isBlank()) {
                response.setDescription(description(status));
            }
            if (response.getContent() == null) {
                response.setContent(OASFactory.createContent());
            }
            Content content = response.getContent();
            if (content.getMediaType(Problems.MEDIA_TYPE) == null) {
                content.addMediaType(Problems.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(SCHEMA))
                        .example(example(status, path)));
            } else {
                MediaType media = content.getMediaType(Problems.MEDIA_TYPE);
                if (media.getSchema() == null) {
                    media.setSchema(OASFactory.createSchema().ref(SCHEMA));
                }
                if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())) {
                    media.setExample(example(status, path));
                }
            }
            if (status == 503 && (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After"))) {
                response.addHeader("Retry-After", OASFactory.createHeader()
                        .description("Seconds to wait before trying again")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
            }
        }
    }

    private static String description(int status) {
        return switch (status) {
            case 400 -> "Invalid request: the problem names each invalid field in errors";
            case 401 -> "No bearer token, or one refused (expired, badly signed, another issuer); auth is on in prod";
            case 403 -> "The bearer token lacks the role this path needs";
            case 404 -> "No such entity (or path): the problem says which";
            case 413 -> "Request body or list over its size limit";
            case 500 -> "Unexpected failure (no stack trace is sent)";
            case 503 -> "Overloaded or a dependency unavailable: retry after Retry-After seconds";
            default -> "Problem";
        };
    }

    /** An RFC 9457 body as the shared exception mappers write it. */
    static Map<String, Object> example(int status, String path) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        String instance = path.replaceAll("\\{([^}]+)}", "example-$1");
        switch (status) {
            case 400 -> {
                body.put("title", "Bad Request");
                body.put("status", 400);
                body.put("detail", "The request is invalid: limit must be less than or equal to 100");
                body.put("instance", instance);
                body.put("errors", List.of(Map.of("field", "limit", "message", "must be less than or equal to 100")));
                return body;
            }
            case 401 -> {
                body.put("title", "Unauthorized");
                body.put("detail", "This endpoint needs a bearer token: send 'Authorization: Bearer <JWT>'");
            }
            case 403 -> {
                body.put("title", "Forbidden");
                body.put("detail", "The token is valid but has none of the roles this endpoint allows");
            }
            case 404 -> {
                body.put("title", "Not Found");
                body.put("detail", "Unknown id in " + instance + "; see /q/openapi for this service's paths");
            }
            case 413 -> {
                body.put("title", "Request Entity Too Large");
                body.put("detail", "The request body is over its size limit");
            }
            case 500 -> {
                body.put("title", "Internal Server Error");
                body.put("detail", "The service failed unexpectedly; the failure is in its log");
            }
            case 503 -> {
                body.put("title", "Service Unavailable");
                body.put("detail", "The service is at capacity; retry after 2 s");
            }
            default -> body.put("title", "Problem");
        }
        body.put("status", status);
        body.put("instance", instance);
        return body;
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Where the invalid input is, e.g. search.limit"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What is wrong with it"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details (application/problem+json)")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("A URI naming the problem type; about:blank when the status says it all"))
                .addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What went wrong with this request, for a person"))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The request path"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)
                        .description("Each invalid field (400 only)"))
                .required(List.of("type", "title", "status"));
    }

    private static boolean notEmpty(List<?> list) {
        return list != null && !list.isEmpty();
    }
}
