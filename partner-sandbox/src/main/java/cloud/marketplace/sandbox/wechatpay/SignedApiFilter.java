package cloud.marketplace.sandbox.wechatpay;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What makes the sandbox a partner a real client can trust and be checked by, in the scheme of
 * WeChat Pay API v3: every request under {@code pathPrefix} must carry the merchant's
 * {@code Authorization} signature over {@code METHOD\nURL\ntimestamp\nnonce\nbody\n} (for a
 * media upload the body is the {@code meta} part), made within 5 minutes — else 401; every
 * answer, errors included, is signed with the platform key ({@code <prefix>Timestamp},
 * {@code -Nonce}, {@code -Serial}, {@code -Signature} over {@code timestamp\nnonce\nbody\n}).
 */
public class SignedApiFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignedApiFilter.class);
    private static final Pattern PAIR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final long WINDOW_SECONDS = 300;

    /** One partner's side of the scheme. */
    public record Scheme(String pathPrefix, String authorizationSchema, String headerPrefix, String merchantId,
                         String merchantSerialNo, PublicKey merchantKey, PrivateKey platformKey, String platformKeyId) {
    }

    private final Scheme scheme;
    private final Clock clock;

    public SignedApiFilter(Scheme scheme, Clock clock) {
        this.scheme = scheme;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(scheme.pathPrefix());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean multipart = request.getContentType() != null && request.getContentType().startsWith("multipart/");
        HttpServletRequest readable = request;
        String signedBody;
        if (multipart) {
            Part meta = request.getPart("meta");
            signedBody = meta == null ? "" : new String(meta.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } else {
            byte[] body = request.getInputStream().readAllBytes();
            readable = new ReplayableRequest(request, body);
            signedBody = new String(body, StandardCharsets.UTF_8);
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        String refusal = refusal(request, signedBody);
        if (refusal != null) {
            log.warn("Refusing {} {}: {}", request.getMethod(), request.getRequestURI(), refusal);
            answer.setStatus(401);
            answer.setContentType("application/json");
            answer.getOutputStream().write(("{\"code\":\"SIGN_ERROR\",\"message\":\"" + refusal + "\"}").getBytes(StandardCharsets.UTF_8));
        } else {
            chain.doFilter(readable, answer);
        }
        sign(answer);
        answer.copyBodyToResponse();
    }

    private String refusal(HttpServletRequest request, String body) {
        String authorization = request.getHeader("Authorization");
        String prefix = scheme.authorizationSchema() + " ";
        if (authorization == null || !authorization.startsWith(prefix)) {
            return "missing " + scheme.authorizationSchema() + " Authorization";
        }
        Map<String, String> values = new HashMap<>();
        Matcher matcher = PAIR.matcher(authorization.substring(prefix.length()));
        while (matcher.find()) {
            values.put(matcher.group(1), matcher.group(2));
        }
        if (!scheme.merchantId().equals(values.get("mchid")) || !scheme.merchantSerialNo().equals(values.get("serial_no"))) {
            return "unknown merchant or merchant key serial";
        }
        try {
            if (Math.abs(clock.instant().getEpochSecond() - Long.parseLong(values.getOrDefault("timestamp", ""))) > WINDOW_SECONDS) {
                return "timestamp outside the 5-minute window";
            }
        } catch (NumberFormatException e) {
            return "timestamp is not a number";
        }
        String url = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String message = request.getMethod() + "\n" + url + "\n" + values.get("timestamp") + "\n" + values.get("nonce_str") + "\n"
                + body + "\n";
        if (values.get("signature") == null || !V3Crypto.verify(message, values.get("signature"), scheme.merchantKey())) {
            return "the signature does not verify with the merchant's key";
        }
        return null;
    }

    private void sign(ContentCachingResponseWrapper answer) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = UUID.randomUUID().toString().replace("-", "").toUpperCase();
        String body = new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8);
        answer.setHeader(scheme.headerPrefix() + "Timestamp", timestamp);
        answer.setHeader(scheme.headerPrefix() + "Nonce", nonce);
        answer.setHeader(scheme.headerPrefix() + "Serial", scheme.platformKeyId());
        answer.setHeader(scheme.headerPrefix() + "Signature",
                V3Crypto.sign(timestamp + "\n" + nonce + "\n" + body + "\n", scheme.platformKey()));
    }

    /** The request body read once for the signature check, replayed to the controller. */
    private static final class ReplayableRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayableRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
