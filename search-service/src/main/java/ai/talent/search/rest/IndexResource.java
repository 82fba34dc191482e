package ai.talent.search.rest;

import ai.talent.search.index.CatalogIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

/** Operations on the search index: rebuild it with no downtime, and see how the last rebuild went. */
@ApplicationScoped
@Path("/v1/index")
@Produces(MediaType.APPLICATION_JSON)
public class IndexResource {

    private static final Logger LOG = Logger.getLogger(IndexResource.class);

    private final CatalogIndex index;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-index-rebuild");
        t.setDaemon(true);
        return t;
    });
    private volatile String lastFinishedAt;
    private volatile Long lastCount;
    private volatile String lastError;

    public IndexResource(CatalogIndex index) {
        this.index = index;
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Rebuild the search index into a new generation and switch to it atomically; 202 at once, "
            + "409 when a rebuild is already running")
    public Response rebuild() {
        if (index.rebuilding()) {
            return Response.status(Response.Status.CONFLICT).entity(status()).build();
        }
        worker.submit(() -> {
            try {
                lastCount = index.rebuild();
                lastError = null;
            } catch (RuntimeException e) {
                lastError = e.getMessage();
                LOG.errorf(e, "Rebuilding the search index failed");
            } finally {
                lastFinishedAt = Instant.now().toString();
            }
        });
        return Response.accepted(new RebuildStatus(true, lastFinishedAt, lastCount, lastError,
                index.backend().name(), index.backend().count())).build();
    }

    @GET
    @Operation(summary = "The index: back end, freelancers, the dense encoder (model and version, whether it reads "
            + "Hangul) and the encoder its vectors were made with")
    public IndexStatus index() {
        var encoder = index.encoder();
        return new IndexStatus(index.backend().name(), index.backend().count(),
                encoder == null ? "none" : encoder.selection().description(), encoder == null ? null : encoder.name(),
                encoder != null && encoder.readsHangul(), index.vectorSpace().orElse(null), index.vectorsCurrent(),
                index.rebuilding());
    }

    @GET
    @Path("/rebuild")
    @Operation(summary = "Whether a rebuild is running and how the last one ended")
    public RebuildStatus status() {
        return new RebuildStatus(index.rebuilding(), lastFinishedAt, lastCount, lastError, index.backend().name(),
                index.backend().count());
    }
}
