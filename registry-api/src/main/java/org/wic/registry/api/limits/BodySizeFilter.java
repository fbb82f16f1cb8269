package org.wic.registry.api.limits;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wic.registry.api.problem.BodyTooLargeException;
import org.wic.registry.api.problem.ProblemWriter;
import org.wic.registry.api.problem.Problems;

import java.io.IOException;

/**
 * Caps request bodies: REGISTRY_MAX_BODY_BYTES (1 MiB) for JSON, REGISTRY_MAX_IMPORT_BYTES (50 MiB)
 * for the members CSV import. A body whose Content-Length says more is answered 413 before a byte
 * of it is read; one sent in chunks is counted as it is read and stops at the limit
 * ({@link BodyTooLargeException}, also a 413).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class BodySizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String IMPORT_PATH = "/v1/imports/";

    @Inject
    @ConfigProperty(name = "registry.max-body-bytes", defaultValue = "1048576")
    private long maxBodyBytes;

    @Inject
    @ConfigProperty(name = "registry.max-import-bytes", defaultValue = "52428800")
    private long maxImportBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        long limit = request.getRequestURI().startsWith(request.getContextPath() + IMPORT_PATH) ? maxImportBytes : maxBodyBytes;
        if (request.getContentLengthLong() > limit) {
            response.setHeader("Connection", "close"); // the rest of the body is not read
            ProblemWriter.write(response, Problems.bodyTooLarge(limit));
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    /** A request whose body stops at the limit. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedStream(super.getInputStream(), limit);
            }
            return limited;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
