package dev.archetype.ui.importer;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportException;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.ImportPreview;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sample read while the window is completed answers the window's first preview and read; anything else reads as usual. */
class PreloadedImportTest {
    @TempDir Path dir;

    /** The core import, counting the full reads per file. */
    static final class Counting implements ImportService {
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger previews = new AtomicInteger();
        volatile boolean fail;

        @Override
        public ImportPreview preview(Path file, ImportOptions options, int maxRows) throws ImportException {
            previews.incrementAndGet();
            return ImportService.CORE.preview(file, options, maxRows);
        }

        @Override
        public Dataset read(Path file, ImportOptions options, ProgressListener progress, Cancellation cancel) throws ImportException {
            reads.incrementAndGet();
            if (fail) throw new ImportException(file, "the disk went away");
            return ImportService.CORE.read(file, options, progress, cancel);
        }
    }

    @Test
    void theFirstReadOfTheSampleIsTheOneAlreadyMade() throws Exception {
        Path sample = Files.writeString(dir.resolve("sample.csv"), "a,b\n1,2\n3,4\n5,7\n");
        Path other = Files.writeString(dir.resolve("other.csv"), "x\n1\n2\n");
        Counting core = new Counting();
        PreloadedImport p = PreloadedImport.of(core, sample, 200);
        p.begin();
        Dataset first = p.read(sample, ImportOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER);
        assertThat(first.rowCount()).isEqualTo(3);
        assertThat(p.preview(sample, ImportOptions.defaults(), 200).dataset().rowCount()).isEqualTo(3);
        assertThat(core.previews.get()).as("previewed once, by the preload").isEqualTo(1);
        assertThat(core.reads.get()).as("read once, by the preload").isEqualTo(1);
        assertThat(p.read(other, ImportOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER).rowCount()).isEqualTo(2);
        assertThat(core.reads.get()).isEqualTo(2);
        // other options are another read
        p.read(sample, ImportOptions.defaults().withDelimiter(';'), ProgressListener.NONE, Cancellation.NEVER);
        assertThat(core.reads.get()).isEqualTo(3);
    }

    @Test
    void aFailedPreloadReadsAgainSoTheErrorIsTheNormalOne() throws Exception {
        Path sample = Files.writeString(dir.resolve("sample.csv"), "a,b\n1,2\n");
        Counting core = new Counting();
        core.fail = true;
        PreloadedImport p = PreloadedImport.of(core, sample, 200);
        p.begin();
        assertThatThrownBy(() -> p.read(sample, ImportOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER))
                .isInstanceOf(ImportException.class).hasMessageContaining("the disk went away");
        assertThat(core.reads.get()).as("the preload's read, then the caller's own").isEqualTo(2);
    }

    @Test
    void notBegunItIsThePlainImport() throws Exception {
        Path sample = Files.writeString(dir.resolve("sample.csv"), "a\n1\n2\n");
        Counting core = new Counting();
        PreloadedImport p = PreloadedImport.of(core, sample, 200);
        assertThat(p.read(sample, ImportOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER).rowCount()).isEqualTo(2);
        assertThat(core.reads.get()).isEqualTo(1);
    }
}
