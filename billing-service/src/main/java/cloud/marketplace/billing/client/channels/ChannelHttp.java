package cloud.marketplace.billing.client.channels;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP to the channels, with bounded time. A call that does not reach the channel or
 * that it answers with a 5xx is {@link ChannelCallException#unavailable() unavailable} (the
 * outcome is unknown; retry later); a 4xx is a refusal.
 */
@Component
class ChannelHttp {

    private final RestClient http;
    private final JsonMapper json;

    ChannelHttp(ChannelProperties properties, JsonMapper json) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).build();
        this.json = json;
    }

    RestClient client() {
        return http;
    }

    JsonMapper json() {
        return json;
    }

    JsonNode post(String baseUrl, String path, Map<String, ?> body) {
        return call(() -> http.post().uri(url(baseUrl, path)).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(body)).retrieve().body(String.class), path);
    }

    JsonNode get(String baseUrl, String path) {
        return call(() -> http.get().uri(url(baseUrl, path)).accept(MediaType.APPLICATION_JSON).retrieve().body(String.class), path);
    }

    JsonNode read(byte[] body) {
        return json.readTree(body);
    }

    JsonNode read(String body) {
        return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
    }

    static String url(String baseUrl, String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }

    private JsonNode call(Supplier<String> exchange, String path) {
        String answer;
        try {
            answer = exchange.get();
        } catch (HttpClientErrorException e) {
            throw refused(path, e.getStatusCode().value(), e.getResponseBodyAsString(), e);
        } catch (RestClientResponseException e) {
            throw new ChannelCallException(path + " failed: " + e.getStatusCode().value(), true, e.getStatusCode().value(), e);
        } catch (RestClientException e) {
            throw unreachable(path, e);
        }
        try {
            return read(answer);
        } catch (RuntimeException e) {
            throw new ChannelCallException(path + " answered something that is not JSON", true, 200, e);
        }
    }

    static ChannelCallException refused(String path, int status, String body, Throwable cause) {
        return new ChannelCallException(path + " refused: " + status + " " + abbreviate(body), false, status, cause);
    }

    static ChannelCallException unreachable(String path, Throwable cause) {
        return new ChannelCallException(path + " unreachable: " + cause.getMessage(), true, 0, cause);
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** A failed call to a channel. */
    static final class ChannelCallException extends RuntimeException {

        private final boolean unavailable;
        private final int status;

        ChannelCallException(String message, boolean unavailable, int status, Throwable cause) {
            super(message, cause);
            this.unavailable = unavailable;
            this.status = status;
        }

        boolean unavailable() {
            return unavailable;
        }

        int status() {
            return status;
        }
    }
}
