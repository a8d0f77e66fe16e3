package imprint.spark;

import imprint.diag.Code;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * The task: converts its documents one after the other, each on one of the executor's
 * conversion threads under the time limit, and hands their result rows on as they come (the
 * rows of a partition are never all held at once). A document past its limit is cancelled and
 * failed; the task goes on with the next one. Holds only the {@link JobSettings}: the state
 * shared by the executor's tasks is looked up on the executor.
 */
final class ConvertPartition implements FlatMapFunction<Iterator<String>, Row> {
    private static final long serialVersionUID = 1L;

    private final JobSettings settings;

    ConvertPartition(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<String> documents) {
        ExecutorState state = ExecutorState.get(settings);
        TaskContext task = TaskContext.get();
        String tag = settings.runId() + "-" + (task == null ? "driver" : Long.toString(task.taskAttemptId()));
        FileSystems fileSystems = new FileSystems(settings.hadoop().get());
        return new Iterator<>() {
            private final ArrayDeque<Row> ready = new ArrayDeque<>();
            private ExecutorService worker = state.acquire();

            {
                if (task != null) {
                    task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> done());
                }
            }

            private synchronized void done() {
                if (worker != null) {
                    state.release(worker);
                    worker = null;
                }
            }

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && documents.hasNext()) {
                    ready.addAll(convert(new DocumentExport(settings, state, fileSystems, tag, documents.next())));
                }
                if (ready.isEmpty() && task == null) {
                    done();
                }
                return !ready.isEmpty();
            }

            private java.util.List<Row> convert(DocumentExport doc) {
                Future<java.util.List<Row>> f = worker.submit(doc::run);
                try {
                    return f.get(settings.export().budgetSeconds(0), TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    // Java cannot stop a thread: the conversion is told to stop writing and moving
                    // files into place, its thread is left to finish alone, and the task goes on
                    // with a new one.
                    doc.cancel();
                    f.cancel(true);
                    worker.shutdown();
                    worker = state.acquire();
                    return doc.failedAll(Code.TIMEOUT, "not exported: took longer than "
                            + settings.export().budgetSeconds(0) + " s (--timeout); nothing written for it");
                } catch (ExecutionException e) {
                    return doc.failedAll(Code.RENDER_FAILED, "conversion failed: " + Describe.problem(e));
                } catch (InterruptedException e) {
                    // The task itself is being killed (job cancelled, speculative copy lost): stop here.
                    doc.cancel();
                    f.cancel(true);
                    worker.shutdown();
                    worker = null;
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("task interrupted", e);
                }
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }
        };
    }
}
