package dev.archetype.core.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SourceCheckTest {
    @TempDir Path dir;

    @Test
    void sha256MatchesTheStandardTestVector() throws IOException {
        Path abc = Files.writeString(dir.resolve("abc.txt"), "abc");
        assertThat(Sha256.of(abc)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void sha256StreamsFilesLargerThanOneBlock() throws IOException {
        byte[] big = new byte[200_000];
        for (int i = 0; i < big.length; i++) big[i] = (byte) (i * 31);
        Path a = Files.write(dir.resolve("a.bin"), big);
        big[150_000] ^= 1;
        Path b = Files.write(dir.resolve("b.bin"), big);
        assertThat(Sha256.of(a)).isNotEqualTo(Sha256.of(b)).hasSize(64);
    }

    @Test
    void anUntouchedSourceIsUnchanged() throws IOException {
        Path data = Files.writeString(dir.resolve("d.csv"), "x\n1\n");
        SourceCheck check = SourceCheck.of(ProjectFixtures.project(data));
        assertThat(check.status()).isEqualTo(SourceCheck.Status.UNCHANGED);
        assertThat(check.isPresent()).isTrue();
    }

    @Test
    void anEditedSourceIsChangedAndTheMessageSaysResultsMayDiffer() throws IOException {
        Path data = Files.writeString(dir.resolve("d.csv"), "x\n1\n");
        Project project = ProjectFixtures.project(data);
        Files.writeString(data, "x\n2\n");

        SourceCheck check = SourceCheck.of(project);

        assertThat(check.status()).isEqualTo(SourceCheck.Status.CHANGED);
        assertThat(check.actual()).isEqualTo(Sha256.of(data));
        assertThat(check.message()).contains("d.csv has changed since the project was saved").contains("results may differ");
    }

    @Test
    void aMovedSourceIsMissingAndTheMessageAsksToLocateIt() throws IOException {
        Path data = Files.writeString(dir.resolve("d.csv"), "x\n1\n");
        Project project = ProjectFixtures.project(data);
        Path moved = Files.move(data, dir.resolve("renamed.csv"));

        SourceCheck check = SourceCheck.of(project);
        assertThat(check.status()).isEqualTo(SourceCheck.Status.MISSING);
        assertThat(check.message()).contains("is missing").contains("Locate it");

        Project relocated = project.withSource(moved.toAbsolutePath(), Sha256.of(moved));
        assertThat(SourceCheck.of(relocated).status()).isEqualTo(SourceCheck.Status.UNCHANGED);
    }
}
