package cloud.marketplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void aPortHeldOnLoopbackIsNotFreeAndIsFreeAgainOnceReleased() throws IOException {
        int port;
        try (ServerSocket held = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = held.getLocalPort();
            assertThat(PortCheck.isFree(port)).isFalse();
        }
        assertThat(PortCheck.isFree(port)).isTrue();
    }

    @Test
    void aPortHeldOnEveryAddressIsNotFree() throws IOException {
        try (ServerSocket held = new ServerSocket(0)) {
            assertThat(PortCheck.isFree(held.getLocalPort())).isFalse();
        }
    }

    @Test
    void namesThePortAndThePartThatNeedsIt() throws IOException {
        try (ServerSocket held = new ServerSocket(0)) {
            Map<String, Integer> wanted = new LinkedHashMap<>();
            wanted.put("kafka", freePort());
            wanted.put("gateway", held.getLocalPort());

            assertThatThrownBy(() -> PortCheck.requireFree(wanted))
                    .isInstanceOf(LaunchException.class)
                    .hasMessageStartingWith("port " + held.getLocalPort() + " (gateway) is already in use");
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
