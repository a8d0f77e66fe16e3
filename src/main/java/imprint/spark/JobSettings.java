package imprint.spark;

import imprint.plan.Paper;
import imprint.plan.RenderOptions;
import imprint.render.OutputFormat;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every task needs to know about the job: small, immutable and serialised once per stage
 * with the task closure. Everything heavy (fonts, patterns, templates, renderers) stays in the
 * executor's {@link ExecutorState} and is never shipped.
 *
 * @param formats          the formats' extensions, in the registry's order
 * @param paper            the {@code --paper} value
 * @param toc              {@link RenderOptions.Toc} name
 * @param pinnedEpochSecond SOURCE_DATE_EPOCH read on the driver, or null
 * @param referenceDocx    the bytes of {@code --reference-docx}, or null
 * @param inputRoots       the {@code --in} paths, fully qualified (outputs mirror the files' paths below them)
 * @param outRoot          the {@code --out} path, fully qualified
 * @param resourceRoots    the {@code --resource-path} folders, fully qualified
 * @param fingerprint      what besides the input decides the output bytes (for {@code --resume})
 * @param runId            names this run's temporary files apart from any other run's
 * @param collisions       inputs whose exports another input's would overwrite, each mapped to that input
 * @param pageList         whether the EPUB gets the PDF's page-list ({@code RenderOptions.pageList})
 */
record JobSettings(
        List<String> formats,
        String paper,
        boolean duplex,
        boolean raggedRight,
        String toc,
        int splitLevel,
        Long pinnedEpochSecond,
        byte[] referenceDocx,
        boolean strict,
        long timeLimitMillis,
        long maxBytes,
        boolean resume,
        List<String> inputRoots,
        String outRoot,
        List<String> resourceRoots,
        String fingerprint,
        String runId,
        HadoopConf hadoop,
        Map<String, String> collisions,
        boolean pageList) implements Serializable {

    JobSettings withCollisions(Map<String, String> c) {
        return new JobSettings(formats, paper, duplex, raggedRight, toc, splitLevel, pinnedEpochSecond, referenceDocx,
                strict, timeLimitMillis, maxBytes, resume, inputRoots, outRoot, resourceRoots, fingerprint, runId, hadoop,
                Map.copyOf(c), pageList);
    }

    List<OutputFormat> outputFormats() {
        return OutputFormat.inQueueOrder(formats.stream().map(OutputFormat::parse).toList());
    }

    Set<OutputFormat> formatSet() {
        return Set.copyOf(outputFormats());
    }

    /** The render options without the reference DOCX, which the executor supplies as a local file. */
    RenderOptions renderOptions() {
        return RenderOptions.DEFAULTS
                .withPaper(Paper.parse(paper))
                .withDuplex(duplex)
                .withPageList(pageList)
                .withRaggedRight(raggedRight)
                .withToc(RenderOptions.Toc.valueOf(toc))
                .withEpubSplitLevel(splitLevel)
                .withPinnedTime(pinnedEpochSecond == null ? null : Instant.ofEpochSecond(pinnedEpochSecond));
    }
}
