package ai.talent.service.state.keyed;

import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * Another replica of the same service, asked for a keyed read it owns (built per host by {@link KeyedStateReads}).
 * The caller's {@code Authorization} header goes along (null: none), so the owner checks the same token.
 */
@Path("/")
public interface PeerClient {

    @GET
    @Path("{path:.+}")
    Response get(@PathParam("path") @Encoded String path,
                 @HeaderParam(KeyedStateReads.FORWARDED_BY) String forwardedBy,
                 @HeaderParam("Authorization") String authorization);
}
