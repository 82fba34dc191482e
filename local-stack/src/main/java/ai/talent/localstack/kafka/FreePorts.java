package ai.talent.localstack.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Finds a free TCP port; KRaft needs the controller port before start-up to write the quorum voters. */
final class FreePorts {

    private FreePorts() {
    }

    static int pick(String host, int requested) {
        if (requested != 0) {
            return requested;
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on " + host, e);
        }
    }

    /**
     * As {@link #pick}, but never {@code taken}: two ports picked one after the other can be the same number (the
     * first socket is closed before the second is opened), and a broker refuses a client and a controller listener on
     * one port.
     */
    static int pickOtherThan(String host, int requested, int taken) {
        if (requested != 0) {
            return requested;
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = pick(host, 0);
            if (port != taken) {
                return port;
            }
        }
        throw new IllegalStateException("cannot find a free port on " + host + " other than " + taken);
    }
}
