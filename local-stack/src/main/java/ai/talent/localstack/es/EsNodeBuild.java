package ai.talent.localstack.es;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Turns the es-node artifact (node sources and the resolved Elasticsearch classpath, stored as resources
 * because javac 17 cannot read Elasticsearch's class files) into compiled classes, using a JDK 21+, and
 * caches them in a folder keyed by a hash of sources, classpath and JDK so that later starts skip javac.
 */
final class EsNodeBuild {

    static final String RESOURCE_DIR = "ai/talent/localstack/es/node/";
    static final String CLASSPATH_RESOURCE = RESOURCE_DIR + "es-node.classpath";
    static final String SOURCES_DIR = RESOURCE_DIR + "src";
    private static final String COMPLETE_MARKER = ".complete";
    private static final long JAVAC_TIMEOUT_SECONDS = 180;

    private EsNodeBuild() {
    }

    /** The run-time classpath for the node: compiled node classes first, then Elasticsearch's jars. */
    static String classpath(Path jdk, Path cacheRoot) {
        String dependencies = readDependencyClasspath();
        Map<String, byte[]> sources = readSources();
        Path classes = cacheRoot.resolve(hash(jdk, dependencies, sources)).resolve("classes");
        if (!Files.exists(classes.resolve(COMPLETE_MARKER))) {
            compile(jdk, dependencies, sources, classes);
        }
        return classes + File.pathSeparator + dependencies;
    }

    private static String readDependencyClasspath() {
        try (InputStream in = EsNodeBuild.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + CLASSPATH_RESOURCE + " is missing: the es-node module"
                        + " must be built (./mvnw -pl local-stack -am ...) and be a dependency of local-stack");
            }
            String classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            List<String> missing = Stream.of(classpath.split(File.pathSeparator))
                    .filter(entry -> !Files.exists(Path.of(entry))).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("the Elasticsearch classpath recorded at build time names files that"
                        + " are gone (rebuild es-node to resolve them again): " + missing);
            }
            return classpath;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CLASSPATH_RESOURCE, e);
        }
    }

    /** Source files by relative path, from a folder (in a reactor build) or from the es-node jar. */
    private static Map<String, byte[]> readSources() {
        URL url = EsNodeBuild.class.getClassLoader().getResource(SOURCES_DIR);
        if (url == null) {
            throw new IllegalStateException("resource folder " + SOURCES_DIR + " is missing: rebuild es-node");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = openJar(uri)) {
                    return readTree(jar.provider().getPath(uri));
                }
            }
            return readTree(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Elasticsearch node sources from " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unexpected resource URL " + url, e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            // another caller holds it open; a fresh one on the same jar file is independent of it
            String jarFile = uri.getSchemeSpecificPart().substring(0, uri.getSchemeSpecificPart().indexOf("!/"));
            return FileSystems.newFileSystem(Path.of(URI.create(jarFile)));
        }
    }

    private static Map<String, byte[]> readTree(Path root) throws IOException {
        Map<String, byte[]> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sources.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        if (sources.isEmpty()) {
            throw new IllegalStateException("no node sources under " + root);
        }
        return sources;
    }

    private static String hash(Path jdk, String dependencies, Map<String, byte[]> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(jdk.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
            digest.update(dependencies.getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> source : sources.entrySet()) {
                digest.update(source.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update(source.getValue());
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Compiles into a private folder first and renames it, so that concurrent test JVMs never see half a build. */
    private static void compile(Path jdk, String dependencies, Map<String, byte[]> sources, Path classes) {
        Path work = null;
        try {
            Files.createDirectories(classes.getParent());
            work = Files.createTempDirectory(classes.getParent(), "build-");
            Path srcDir = work.resolve("src");
            Path outDir = work.resolve("classes");
            List<String> files = new ArrayList<>();
            for (Map.Entry<String, byte[]> source : sources.entrySet()) {
                Path file = srcDir.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, source.getValue());
                files.add(file.toString());
            }
            Files.createDirectories(outDir);
            Path argFile = work.resolve("javac.args");
            List<String> args = new ArrayList<>(List.of("-nowarn", "-encoding", "UTF-8", "-d", outDir.toString(),
                    "-cp", dependencies));
            args.addAll(files);
            Files.write(argFile, args.stream().map(EsNodeBuild::quote).toList(), StandardCharsets.UTF_8);
            Process javac = new ProcessBuilder(jdk.resolve("bin/javac").toString(), "@" + argFile)
                    .redirectErrorStream(true).start();
            javac.getOutputStream().close();
            String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!javac.waitFor(JAVAC_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                javac.destroyForcibly();
                throw new IllegalStateException("javac did not finish within " + JAVAC_TIMEOUT_SECONDS + " s");
            }
            if (javac.exitValue() != 0) {
                throw new IllegalStateException("compiling the Elasticsearch node with " + jdk + " failed:\n" + output);
            }
            Files.createFile(outDir.resolve(COMPLETE_MARKER));
            try {
                Files.move(outDir, classes, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.exists(classes.resolve(COMPLETE_MARKER))) {
                    throw e;
                }
                // another JVM finished the same build first; theirs is identical
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compile the Elasticsearch node into " + classes, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling the Elasticsearch node", e);
        } finally {
            if (work != null) {
                deleteRecursively(work);
            }
        }
    }

    private static String quote(String arg) {
        return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
