package imprint.bench;

import imprint.Imprint;
import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.read.InputFormat;
import imprint.render.OutputFormat;
import imprint.plan.RenderContext;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * In-process throughput of reading and of each renderer on the seed article, with warm JVM
 * and fonts loaded: what a batch or a long-running service sees per document.
 * Run: {@code bash src/bench/run.sh jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class RenderBenchmark {
    @Param({"pdf", "epub", "docx"})
    public String format;

    private String text;
    private Document doc;

    @Setup
    public void setup() throws Exception {
        text = Files.readString(Path.of("seeds/france-girds-against-cyberattacks.txt"));
        doc = Imprint.read(text, InputFormat.TEXT, new Diagnostics());
    }

    @Benchmark
    public long readAndRender() throws Exception {
        Document d = Imprint.read(text, InputFormat.TEXT, new Diagnostics());
        CountingStream out = new CountingStream();
        Imprint.render(d, OutputFormat.parse(format), RenderContext.defaults("seed.txt"), out);
        return out.count + doc.blocks().size();
    }

    /** Counts bytes so the output is not optimised away and no disk is involved. */
    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
