package cloud.marketplace.gateway.problem;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The gateway's RFC 9457 problems, with the marketplace's stable {@code type} URIs. */
public final class Problems {

    public static final String TYPE_BASE = "https://marketplace.example/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String detail) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status.value();
        return of(status, slug(title), title, detail);
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }

    /** "Too Many Requests" becomes {@code too-many-requests}. */
    static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
