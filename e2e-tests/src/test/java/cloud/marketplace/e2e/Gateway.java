package cloud.marketplace.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the stack's gateway, as a provider front end or an operator's tool would be (also
 * used, with the sandbox's address, to drive the partner sandbox's controls).
 */
final class Gateway {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Gateway(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A development token from the gateway (local mode). */
    String token(String subject, String... roles) {
        Answer answer = send("POST", "/api/dev/tokens", null, Map.of("subject", subject, "roles", List.of(roles)), Map.of());
        if (answer.status() != 200) {
            throw new AssertionError("no dev token: " + answer);
        }
        return answer.json().get("accessToken").asString();
    }

    Answer get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    Answer get(String path, String token, Map<String, String> headers) {
        return send("GET", path, token, null, headers);
    }

    Answer post(String path, String token, Object body) {
        return send("POST", path, token, body, Map.of());
    }

    Answer post(String path, String token, Object body, Map<String, String> headers) {
        return send("POST", path, token, body, headers);
    }

    Answer put(String path, String token, Object body) {
        return send("PUT", path, token, body, Map.of());
    }

    /** A file as the front end uploads it: multipart/form-data with one part named {@code file}. */
    Answer upload(String path, String token, String fileName, String mediaType, byte[] content) {
        String boundary = "----e2e-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + mediaType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = request(path, token, Map.of())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return exchange(request);
    }

    Answer send(String method, String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, token, headers);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return exchange(request);
    }

    private HttpRequest.Builder request(String path, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return request;
    }

    private Answer exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Answer(int status, String body, Map<String, List<String>> headers) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + body;
        }
    }
}
