package ai.talent.tutoring.rest;

import ai.talent.tutoring.portfolio.PortfolioConfig;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a portfolio request body over {@code tutoring.portfolio.max-body-bytes} with 413 problem details, by its
 * Content-Length when it has one and by counting otherwise (chunked uploads), before Jackson reads it.
 */
@Provider
public class PortfolioBodyLimit implements ReaderInterceptor {

    // Resolved on first use: providers are created before run-time configuration mappings exist.
    private final Instance<PortfolioConfig> config;
    private volatile int limit = -1;

    public PortfolioBodyLimit(Instance<PortfolioConfig> config) {
        this.config = config;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getType() != PortfolioRequest.class) {
            return context.proceed();
        }
        if (limit < 0) {
            limit = config.get().maxBodyBytes();
        }
        String length = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.chars().allMatch(Character::isDigit) && !length.isEmpty()
                && Long.parseLong(length) > limit) {
            throw tooLarge(Long.parseLong(length));
        }
        context.setInputStream(new Counting(context.getInputStream()));
        return context.proceed();
    }

    private WebApplicationException tooLarge(long size) {
        return new WebApplicationException("The request body has " + (size < 0 ? "more than " + limit : size)
                + " bytes; a portfolio request may have at most " + limit,
                Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    private final class Counting extends FilterInputStream {

        private long read;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw tooLarge(-1);
            }
        }
    }
}
