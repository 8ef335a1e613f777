package cloud.marketplace.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;

/** Whether a TCP port can still be taken on this machine. */
final class PortCheck {

    private PortCheck() {
    }

    /**
     * True when nothing listens on the port: binding the wildcard address fails if anything holds
     * the port on any local address, and a connection to loopback catches listeners the bind misses.
     */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            return false;
        }
        return !isListening(port);
    }

    static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails on the first taken port, naming it and the part that needs it. */
    static void requireFree(Map<String, Integer> portsByPart) {
        portsByPart.forEach((part, port) -> {
            if (!isFree(port)) {
                throw new LaunchException("port " + port + " (" + part + ") is already in use;"
                        + " stop what holds it or move the stack with --port-offset N");
            }
        });
    }
}
