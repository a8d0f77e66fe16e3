package imprint.serve;

import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bounded work queue of the service: a fixed set of worker threads and a fixed number of
 * places for requests waiting for one. A request is {@linkplain #admit admitted} before any
 * work is done for it, or refused at once when every place is taken (the caller answers 503);
 * the place is held until its work is finished, also when the client has stopped waiting, so
 * the bound is on the work really running.
 *
 * <p>Tasks run oldest request first: the formats of an admitted request go ahead of the next
 * request's reading, so under load each request is finished as early as it can be instead of
 * all of them progressing together and all finishing late.
 */
final class WorkQueue {
    private final int workers;
    private final int capacity;
    private final ThreadPoolExecutor pool;
    private final AtomicInteger admitted = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong();

    /**
     * @param workers threads that run tasks
     * @param places  requests that may wait for a worker besides those running
     */
    WorkQueue(int workers, int places) {
        this.workers = workers;
        this.capacity = workers + places;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, new PriorityBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "imprint-export-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.prestartAllCoreThreads();
    }

    /** A request's hold on a place: released once, when its work is over. */
    final class Ticket {
        private final long seq = sequence.incrementAndGet();
        private boolean started;
        private boolean released;

        /** Marks the request as no longer waiting (its first task has begun). */
        synchronized void started() {
            if (!started && !released) {
                started = true;
                waiting.decrementAndGet();
            }
        }

        /** Gives the place back. */
        synchronized void release() {
            if (!released) {
                released = true;
                if (!started) {
                    waiting.decrementAndGet();
                }
                admitted.decrementAndGet();
            }
        }

        /** Runs {@code task} on a worker; {@code rank} orders the tasks of one request. */
        void execute(int rank, Runnable task) {
            pool.execute(new Task(seq, rank, task));
        }
    }

    /** A place for a new request, or null when all are taken. */
    Ticket admit() {
        while (true) {
            int n = admitted.get();
            if (n >= capacity) {
                return null;
            }
            if (admitted.compareAndSet(n, n + 1)) {
                waiting.incrementAndGet();
                return new Ticket();
            }
        }
    }

    /** Requests admitted whose work has not begun. */
    int waiting() {
        return waiting.get();
    }

    /** Requests admitted and not finished (waiting or running). */
    int admitted() {
        return admitted.get();
    }

    int capacity() {
        return capacity;
    }

    int workers() {
        return workers;
    }

    /** Stops the workers once the tasks already queued are done, waiting at most {@code millis}. */
    boolean shutdown(long millis) throws InterruptedException {
        pool.shutdown();
        return pool.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }

    /** A task ordered by its request's age, then by its rank within the request. */
    private record Task(long seq, int rank, Runnable body) implements Runnable, Comparable<Task> {
        @Override
        public void run() {
            body.run();
        }

        @Override
        public int compareTo(Task o) {
            int c = Long.compare(seq, o.seq);
            return c != 0 ? c : Integer.compare(rank, o.rank);
        }

        @Override
        public String toString() {
            return "Task[" + seq + "/" + rank + "]";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Task t && t.seq == seq && t.rank == rank && t.body == body;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(seq) * 31 + rank;
        }
    }
}
