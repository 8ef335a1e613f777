package cloud.marketplace.onboarding.support;

import java.util.function.Consumer;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP calls to the running service, answering every status (tests assert it). */
public final class Api {

    private final RestClient http;
    private final JsonMapper json;

    public Api(int port, JsonMapper json) {
        this.json = json;
        this.http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    public Answer get(String path, String token) {
        return call(HttpMethod.GET, path, token, null, headers -> { });
    }

    public Answer post(String path, String token, Object body) {
        return call(HttpMethod.POST, path, token, body, headers -> { });
    }

    public Answer post(String path, String token, Object body, Consumer<HttpHeaders> headers) {
        return call(HttpMethod.POST, path, token, body, headers);
    }

    public Answer put(String path, String token, Object body) {
        return call(HttpMethod.PUT, path, token, body, headers -> { });
    }

    /** A multipart PUT with the file in part {@code file}. */
    public Answer upload(String path, String token, byte[] bytes, String filename, MediaType declared) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentType(declared);
        parts.add("file", new org.springframework.http.HttpEntity<>(new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return filename;
            }
        }, partHeaders));
        var spec = http.put().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts);
        if (token != null) {
            spec = spec.header(HttpHeaders.AUTHORIZATION, token);
        }
        return answer(spec.retrieve().toEntity(byte[].class));
    }

    private Answer call(HttpMethod method, String path, String token, Object body, Consumer<HttpHeaders> headers) {
        var spec = http.method(method).uri(path).headers(h -> {
            if (token != null) {
                h.set(HttpHeaders.AUTHORIZATION, token);
            }
            headers.accept(h);
        });
        if (body != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return answer(spec.retrieve().toEntity(byte[].class));
    }

    private Answer answer(ResponseEntity<byte[]> response) {
        return new Answer(response.getStatusCode().value(), response.getHeaders(),
                response.getBody() == null ? new byte[0] : response.getBody(), json);
    }

    public record Answer(int status, HttpHeaders headers, byte[] raw, JsonMapper mapper) {

        public JsonNode json() {
            return mapper.readTree(raw);
        }

        public String text(String field) {
            return json().path(field).asString();
        }

        /** The problem type's slug (the part after /problems/). */
        public String problem() {
            String type = json().path("type").asString();
            return type.substring(type.lastIndexOf('/') + 1);
        }

        @Override
        public String toString() {
            return status + " " + new String(raw, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
