package dev.archetype.packaging;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the installer configuration consistent without running jpackage (that takes minutes; see
 * packaging/README.md): every file it names exists, icons have the sizes their names promise, and the
 * Linux desktop entry offers exactly the types the file associations register.
 */
class PackagingConfigTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final List<String> ASSOCIATED = List.of("csv", "xlsx", "archetype");

    @Test
    void windowIconsAreOnTheClassPathInTheirNamedSizes() throws IOException {
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            try (InputStream in = getClass().getResourceAsStream("/dev/archetype/icons/archetype-" + size + ".png")) {
                assertThat(in).as("icon resource %d", size).isNotNull();
                BufferedImage img = ImageIO.read(in);
                assertThat(img.getWidth()).isEqualTo(size);
                assertThat(img.getHeight()).isEqualTo(size);
                assertThat(img.getColorModel().hasAlpha()).as("transparent corners").isTrue();
            }
        }
    }

    @Test
    void everyRasterSizeExistsAndTheWindowsAndMacIconsAreNotEmpty() throws IOException {
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512}) {
            BufferedImage img = ImageIO.read(ROOT.resolve("icons/png/archetype-" + size + ".png").toFile());
            assertThat(img.getWidth()).as("png %d", size).isEqualTo(size);
        }
        byte[] ico = Files.readAllBytes(ROOT.resolve("icons/archetype.ico"));
        assertThat(ico[2]).as("ICO type").isEqualTo((byte) 1);
        assertThat(ico[4] & 0xff).as("images in the .ico").isGreaterThanOrEqualTo(6);
        byte[] icns = Files.readAllBytes(ROOT.resolve("icons/archetype.icns"));
        assertThat(new String(icns, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("icns");
    }

    @Test
    void everyPlatformAssociatesTheSameExtensionsAndNamesExistingFiles() throws IOException {
        for (String platform : List.of("linux", "windows")) {
            Set<String> extensions = new TreeSet<>();
            for (String line : Files.readAllLines(ROOT.resolve("packaging/" + platform + "/jpackage.args"))) {
                if (!line.startsWith("--file-associations ")) continue;
                Properties p = properties(ROOT.resolve(line.substring("--file-associations ".length()).trim()));
                extensions.add(p.getProperty("extension"));
                assertThat(p.getProperty("mime-type")).as(line).isNotBlank();
                if (p.getProperty("icon") != null) assertThat(ROOT.resolve(p.getProperty("icon"))).exists();
            }
            assertThat(extensions).as(platform).containsExactlyInAnyOrderElementsOf(ASSOCIATED);
        }
        for (Path args : argFiles()) {
            for (String line : Files.readAllLines(args)) {
                if (line.startsWith("--icon ")) assertThat(ROOT.resolve(line.substring(7).trim())).as(args + ": " + line).exists();
            }
        }
    }

    @Test
    void theLaunchersBoundTheHeapReturnIdleMemoryAndLeaveRunningOutToTheApp() throws IOException {
        List<String> options = Files.readAllLines(ROOT.resolve("packaging/common.args")).stream()
                .filter(l -> l.startsWith("--java-options ")).map(l -> l.substring("--java-options ".length()).trim()).toList();
        assertThat(options).contains("-XX:MaxRAMPercentage=60", "-XX:G1PeriodicGCInterval=60000");
        // Naming a collector would make the JVM refuse to start when the user picks another with JAVA_TOOL_OPTIONS
        // (and would stop commands on large files from moving to the serial collector); exiting on OOM would
        // replace the one-line explanation with a dead window.
        assertThat(options).noneMatch(o -> o.matches("-XX:\\+Use\\w+GC") || o.contains("OnOutOfMemoryError")
                || o.startsWith("-Xmx"));
    }

    @Test
    void theDesktopEntryOpensFilesAndListsTheAssociatedMimeTypes() throws IOException {
        List<String> entry = Files.readAllLines(ROOT.resolve("packaging/linux/resources/Archetype.desktop"));
        Set<String> mimeTypes = new TreeSet<>();
        for (String ext : ASSOCIATED) mimeTypes.add(properties(ROOT.resolve("packaging/linux/" + ext + ".properties")).getProperty("mime-type"));

        String mimeLine = entry.stream().filter(l -> l.startsWith("MimeType=")).findFirst().orElseThrow();
        assertThat(new TreeSet<>(List.of(mimeLine.substring(9).split(";")))).isEqualTo(mimeTypes);
        assertThat(entry).contains("Categories=Office;Science;DataVisualization;");
        assertThat(entry.stream().filter(l -> l.startsWith("Exec=")).findFirst().orElseThrow()).endsWith(" %f");
    }

    @Test
    void theMacInfoPlistDeclaresTheThreeDocumentTypesAndExportsTheProjectType() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document plist = f.newDocumentBuilder().parse(ROOT.resolve("packaging/macos/resources/Info.plist").toFile());
        List<String> strings = new ArrayList<>();
        NodeList nodes = plist.getElementsByTagName("string");
        for (int i = 0; i < nodes.getLength(); i++) strings.add(nodes.item(i).getTextContent());

        assertThat(strings).contains("dev.archetype.project", "public.comma-separated-values-text",
                "org.openxmlformats.spreadsheetml.sheet", "archetype", "Owner", "Alternate");
    }

    private static List<Path> argFiles() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT.resolve("packaging"))) {
            return s.filter(p -> p.toString().endsWith(".args")).toList();
        }
    }

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        return p;
    }
}
