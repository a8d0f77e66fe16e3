package imprint.serve;

import imprint.read.InputFormat;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The service's routes on Jetty: {@code POST /v1/export}, {@code GET /healthz},
 * {@code GET /metrics}. No thread waits here: the body is gathered as it arrives, the export
 * runs on the {@link WorkQueue}, and whichever comes first, the result or the request's
 * deadline, writes the one answer.
 */
final class ExportHandler extends Handler.Abstract {
    private static final int MAX_PARTS = 200;

    private final ServeConfig config;
    private final WorkQueue queue;
    private final Exporter exporter;
    private final Metrics metrics;
    private final ScheduledExecutorService timer;
    private final Optional<Instant> serverEpoch;
    private final byte[] token;
    private volatile boolean stopping;

    ExportHandler(ServeConfig config, WorkQueue queue, Exporter exporter, Metrics metrics,
                  ScheduledExecutorService timer, Optional<Instant> serverEpoch) {
        this.config = config;
        this.queue = queue;
        this.exporter = exporter;
        this.metrics = metrics;
        this.timer = timer;
        this.serverEpoch = serverEpoch;
        this.token = config.token().map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(null);
    }

    /** From now on /healthz answers 503, so a balancer stops sending work. */
    void stopping() {
        stopping = true;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getPath();
        String method = request.getMethod();
        switch (path == null ? "" : path) {
            case "/healthz" -> {
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    return write(response, callback, "healthz", Answer.refusal(notAllowed("GET"), 0));
                }
                return write(response, callback, "healthz", stopping
                        ? Answer.text(503, "application/json", "{\"status\":\"stopping\"}\n")
                        : Answer.text(200, "application/json", "{\"status\":\"ok\"}\n"));
            }
            case "/metrics" -> {
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    return write(response, callback, "metrics", Answer.refusal(notAllowed("GET"), 0));
                }
                if (!authorized(request)) {
                    return write(response, callback, "metrics", Answer.refusal(unauthorized(), 0));
                }
                return write(response, callback, "metrics",
                        Answer.text(200, "text/plain; version=0.0.4; charset=utf-8", metrics.text()));
            }
            case "/v1/export" -> {
                new Exchange(request, response, callback).start();
                return true;
            }
            default -> {
                return write(response, callback, "other", Answer.refusal(new Refusal(404, "NOT_FOUND",
                        "no such route; the service answers POST /v1/export, GET /healthz and GET /metrics"), 0));
            }
        }
    }

    private static Refusal notAllowed(String allowed) {
        return new Refusal(405, allowed.equals("POST") ? "METHOD_NOT_ALLOWED_POST" : "METHOD_NOT_ALLOWED",
                "method not allowed here (use " + allowed + ")");
    }

    private static Refusal unauthorized() {
        return new Refusal(401, "UNAUTHORIZED", "a bearer token is required: Authorization: Bearer TOKEN");
    }

    private boolean authorized(Request request) {
        if (token == null) {
            return true;
        }
        String h = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(token, h.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    private boolean write(Response response, Callback callback, String route, Answer a) {
        metrics.request(route, a.status());
        send(response, callback, a);
        return true;
    }

    private static void send(Response response, Callback callback, Answer a) {
        response.setStatus(a.status());
        for (String[] h : a.headers()) {
            response.getHeaders().put(h[0], h[1]);
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, a.body().length);
        response.write(true, ByteBuffer.wrap(a.body()), callback);
    }

    /** One export request, from its headers to its single answer. */
    private final class Exchange {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final long start = System.nanoTime();
        private final AtomicBoolean answered = new AtomicBoolean();
        private volatile boolean bodyDone;
        private volatile WorkQueue.Ticket ticket;
        private volatile Exporter.Job job;
        private ScheduledFuture<?> deadline;

        Exchange(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
        }

        void start() {
            if (!request.getMethod().equals("POST")) {
                refuse(notAllowed("POST"));
                return;
            }
            if (!authorized(request)) {
                refuse(unauthorized());
                return;
            }
            ExportParams params;
            try {
                params = ExportParams.parse(query(request), serverEpoch, config.export());
            } catch (Refusal r) {
                refuse(r);
                return;
            } catch (RuntimeException e) { // Jetty's decoding of a malformed query
                refuse(new Refusal(400, "BAD_REQUEST", "malformed query string: " + e.getMessage()));
                return;
            }
            long length = request.getLength();
            if (length > config.maxBodyBytes()) {
                refuse(tooLarge());
                return;
            }
            ticket = queue.admit();
            if (ticket == null) {
                refuse(new Refusal(503, "QUEUE_FULL", "the service is busy: every worker and waiting place is taken; retry later"));
                return;
            }
            deadline = timer.schedule(this::expire, config.timeout().toMillis(), TimeUnit.MILLISECONDS);
            String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
            CompletableFuture<Upload> upload;
            try {
                upload = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
                        ? multipart(contentType, params) : plain(contentType, params);
            } catch (RuntimeException e) {
                upload = CompletableFuture.failedFuture(new Refusal(400, "BAD_REQUEST", "cannot read the body: " + e.getMessage()));
            }
            upload.whenComplete((u, t) -> {
                bodyDone = true;
                if (t != null || answered.get()) {
                    ticket.release(); // admitted, but no work will be done for it
                    if (t != null) {
                        refuse(bodyFailure(t));
                    }
                    return;
                }
                job = exporter.start(u, params, ticket);
                if (answered.get()) {
                    job.cancel();
                }
                job.result.whenComplete((e, failure) -> {
                    if (failure != null) {
                        refuse(failure instanceof Refusal r ? r : new Refusal(500, "RENDER_FAILED", String.valueOf(failure)));
                        return;
                    }
                    try {
                        e.outputs().keySet().forEach(metrics::rendered);
                        answer(Answer.export(e), null);
                    } catch (java.io.IOException | RuntimeException x) {
                        refuse(new Refusal(500, "RENDER_FAILED", "cannot assemble the answer: " + x.getMessage()));
                    }
                });
            });
        }

        private CompletableFuture<Upload> plain(String contentType, ExportParams params) {
            return Content.Source.asByteArrayAsync(request, (int) config.maxBodyBytes()).thenApply(bytes -> {
                InputFormat type = params.type().or(() -> ExportParams.forMediaType(contentType))
                        .orElseThrow(() -> new CompletionException(MultipartUpload.unknownType()));
                return new Upload(bytes, params.name().orElse(Upload.defaultName(type)), type, Map.of(), null);
            });
        }

        private CompletableFuture<Upload> multipart(String contentType, ExportParams params) {
            MultiPartConfig mp = new MultiPartConfig.Builder()
                    .location(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))
                    .maxParts(MAX_PARTS)
                    .maxSize(config.maxBodyBytes())
                    .maxPartSize(config.maxBodyBytes())
                    .maxMemoryPartSize(config.maxBodyBytes())
                    .build();
            return MultiPartFormData.from(request, request, contentType, mp).thenApply(parts -> {
                try (parts) {
                    return MultipartUpload.of(parts, params);
                } catch (Refusal r) {
                    throw new CompletionException(r);
                }
            });
        }

        private Refusal tooLarge() {
            return new Refusal(413, "BODY_TOO_LARGE", "the body is larger than " + config.maxBodyBytes() + " bytes");
        }

        private Refusal bodyFailure(Throwable t) {
            Throwable c = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
            if (c instanceof Refusal r) {
                return r;
            }
            if (answered.get()) {
                return new Refusal(408, "TIMEOUT", "the body did not arrive in time");
            }
            if (Request.getContentBytesRead(request) > config.maxBodyBytes()
                    || String.valueOf(c.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("max")) {
                return tooLarge();
            }
            if (c instanceof java.util.concurrent.TimeoutException) {
                return new Refusal(408, "TIMEOUT", "the body did not arrive in time");
            }
            return new Refusal(400, "BAD_REQUEST", "cannot read the body: " + c.getMessage());
        }

        /** The deadline: 408 while the body is still arriving, 504 once the export has it. */
        private void expire() {
            if (bodyDone) {
                Exporter.Job j = job;
                if (j != null) {
                    j.cancel();
                }
                refuse(new Refusal(504, "TIMEOUT", "the export took longer than " + config.timeout().toMillis() + " ms"));
            } else {
                refuse(new Refusal(408, "TIMEOUT", "the body did not arrive within " + config.timeout().toMillis() + " ms"));
                ticket.release();
                // Stop waiting for the body; the connection is closed after the answer.
                request.fail(new java.util.concurrent.TimeoutException("request timed out"));
            }
        }

        private void refuse(Refusal r) {
            answer(Answer.refusal(r, retryAfter()), r.code());
        }

        private void answer(Answer a, String failure) {
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            if (deadline != null) {
                deadline.cancel(false);
            }
            metrics.request("export", a.status());
            metrics.exportLatency(System.nanoTime() - start);
            if (failure != null) {
                metrics.failure(failure);
            }
            send(response, callback, a);
        }

        private long retryAfter() {
            return (long) Math.ceil(metrics.meanExportSeconds() * Math.max(1, queue.admitted()) / queue.workers());
        }
    }

    private static Map<String, List<String>> query(Request request) {
        Fields f = Request.extractQueryParameters(request);
        Map<String, List<String>> m = new HashMap<>();
        for (String n : f.getNames()) {
            m.put(n, f.getValues(n));
        }
        return m;
    }
}
