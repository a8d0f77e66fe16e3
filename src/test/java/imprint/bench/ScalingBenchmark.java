package imprint.bench;

import imprint.Imprint;
import imprint.model.Document;
import imprint.render.OutputFormat;
import imprint.plan.RenderContext;
import imprint.testing.SampleDocuments;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost against size, warm: the same kind of book at 12 and 120 chapters (about 11,000 and
 * 110,000 words) to each format. Linear cost means the 120-chapter time is at most about 11x
 * the 12-chapter time. Run: {@code bash src/bench/run.sh jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class ScalingBenchmark {
    @Param({"12", "120"})
    public int chapters;

    @Param({"pdf", "epub", "docx"})
    public String format;

    private Document doc;

    @Setup
    public void setup() {
        doc = SampleDocuments.longBook(chapters, 20);
    }

    @Benchmark
    public long render() throws Exception {
        RenderBenchmark.CountingStream out = new RenderBenchmark.CountingStream();
        Imprint.render(doc, OutputFormat.parse(format), RenderContext.defaults("book.md"), out);
        return out.count;
    }
}
