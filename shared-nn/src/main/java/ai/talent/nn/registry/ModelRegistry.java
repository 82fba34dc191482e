package ai.talent.nn.registry;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Versioned models on local disk: {@code <root>/<model>/<version>/} holds the weight files,
 * {@code config.json}, {@code metrics.json}, {@code data-fingerprint.txt} and a
 * {@code manifest.json} with every file's SHA-256. A version is written to a temporary folder and
 * moved into place atomically; the promoted version is named by {@code <root>/<model>/current.json},
 * replaced atomically on promote and rollback. Nothing is served without its checksums verified.
 */
public final class ModelRegistry {

    public static final String MANIFEST = "manifest.json";
    public static final String CONFIG = "config.json";
    public static final String METRICS = "metrics.json";
    public static final String FINGERPRINT = "data-fingerprint.txt";
    public static final String POINTER = "current.json";
    static final Set<String> RESERVED = Set.of(MANIFEST, CONFIG, METRICS, FINGERPRINT);
    private static final Pattern VERSION = Pattern.compile("v(\\d+)");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final String TEMP_PREFIX = ".tmp-";
    private static final int PUBLISH_ATTEMPTS = 5;

    private final Path root;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ModelRegistry(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Publishes a new version ({@code v1}, {@code v2}, ...) and returns its name; it is not promoted. */
    public synchronized String publish(String model, ModelArtifact artifact) {
        Path modelDir = modelDir(model);
        Path temp = modelDir.resolve(TEMP_PREFIX + UUID.randomUUID());
        try {
            Files.createDirectories(temp);
            for (Map.Entry<String, Path> file : artifact.files().entrySet()) {
                Files.copy(file.getValue(), temp.resolve(file.getKey()));
            }
            json.writeValue(temp.resolve(CONFIG).toFile(), artifact.config());
            json.writeValue(temp.resolve(METRICS).toFile(), new TreeMap<>(artifact.metrics()));
            Files.writeString(temp.resolve(FINGERPRINT), String.valueOf(artifact.dataFingerprint()),
                    StandardCharsets.UTF_8);
            Map<String, FileEntry> entries = new TreeMap<>();
            try (Stream<Path> files = Files.list(temp)) {
                for (Path f : files.toList()) {
                    entries.put(f.getFileName().toString(), new FileEntry(Files.size(f), Fingerprints.sha256(f)));
                }
            }
            // another process may take the same number between our listing and our move: take the next one
            for (int attempt = 0; ; attempt++) {
                String version = "v" + (lastVersionNumber(modelDir) + 1);
                json.writeValue(temp.resolve(MANIFEST).toFile(),
                        new Manifest(model, version, Instant.now().toString(), entries));
                Path target = modelDir.resolve(version);
                try {
                    if (Files.exists(target)) {
                        throw new FileAlreadyExistsException(target.toString());
                    }
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                    return version;
                } catch (FileSystemException taken) {
                    // rename(2) onto a directory another publisher just filled fails with ENOTEMPTY, which the JDK
                    // reports as a plain FileSystemException, not always as DirectoryNotEmptyException
                    boolean lostTheRace = taken instanceof FileAlreadyExistsException
                            || taken instanceof DirectoryNotEmptyException || Files.exists(target);
                    if (!lostTheRace || attempt >= PUBLISH_ATTEMPTS) {
                        throw taken;
                    }
                }
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new ModelRegistryException("could not publish a version of '" + model + "' under " + modelDir
                    + ": " + e, e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /** All published versions of a model, oldest first. */
    public List<VersionInfo> versions(String model) {
        String current = currentVersion(model);
        List<VersionInfo> out = new ArrayList<>();
        for (String version : versionNames(modelDir(model))) {
            Path dir = modelDir(model).resolve(version);
            try {
                Manifest manifest = json.readValue(dir.resolve(MANIFEST).toFile(), Manifest.class);
                out.add(new VersionInfo(version, manifest.createdAt(), readMetrics(dir), version.equals(current)));
            } catch (IOException e) {
                out.add(new VersionInfo(version, "unreadable manifest: " + e.getMessage(), Map.of(),
                        version.equals(current)));
            }
        }
        return out;
    }

    /** The promoted version, or null if none has been promoted. */
    public String currentVersion(String model) {
        Pointer p = readPointer(model);
        return p == null ? null : p.current();
    }

    /** Versions promoted so far, oldest first; the last one is current. */
    public List<String> promotionHistory(String model) {
        Pointer p = readPointer(model);
        return p == null ? List.of() : p.history();
    }

    /** Makes a version current after verifying its checksums; the previous current one becomes the rollback target. */
    public synchronized void promote(String model, String version) {
        verify(model, version);
        Pointer p = readPointer(model);
        List<String> history = new ArrayList<>(p == null ? List.of() : p.history());
        history.remove(version);
        history.add(version);
        writePointer(model, new Pointer(version, history));
    }

    /** Returns to the version promoted before the current one, and returns its name. */
    public synchronized String rollback(String model) {
        Pointer p = readPointer(model);
        if (p == null || p.history().size() < 2) {
            throw new ModelRegistryException("'" + model + "' has no earlier promoted version to roll back to"
                    + (p == null ? "" : " (history: " + p.history() + ")"));
        }
        List<String> history = new ArrayList<>(p.history());
        history.remove(history.size() - 1);
        String previous = history.get(history.size() - 1);
        verify(model, previous);
        writePointer(model, new Pointer(previous, history));
        return previous;
    }

    /** Reads a version and checks every file against the manifest; throws {@link CorruptModelException} if any differs. */
    public PublishedModel verify(String model, String version) {
        Path dir = modelDir(model).resolve(checkName("version", version));
        if (!Files.isDirectory(dir)) {
            throw new ModelRegistryException("'" + model + "' has no version " + version + " under " + modelDir(model)
                    + "; published: " + versionNames(modelDir(model)));
        }
        Manifest manifest = readJson(dir.resolve(MANIFEST), Manifest.class);
        if (!version.equals(manifest.version()) || !model.equals(manifest.model())) {
            throw new CorruptModelException(dir.resolve(MANIFEST), "it describes '" + manifest.model() + "' "
                    + manifest.version() + ", not '" + model + "' " + version + " (a folder copied to the wrong place?)");
        }
        for (Map.Entry<String, FileEntry> e : manifest.files().entrySet()) {
            Path file = dir.resolve(e.getKey());
            long size;
            try {
                size = Files.size(file);
            } catch (NoSuchFileException missing) {
                throw new CorruptModelException(file, "the file is missing");
            } catch (IOException io) {
                throw new CorruptModelException(file, "it cannot be read (" + io.getMessage() + ")");
            }
            if (size != e.getValue().size()) {
                throw new CorruptModelException(file, (size < e.getValue().size() ? "truncated: " : "wrong size: ")
                        + size + " bytes, the manifest says " + e.getValue().size());
            }
            String sha = Fingerprints.sha256(file);
            if (!sha.equals(e.getValue().sha256())) {
                throw new CorruptModelException(file, "checksum mismatch: SHA-256 " + sha + ", the manifest says "
                        + e.getValue().sha256());
            }
        }
        for (String required : RESERVED) {
            if (!required.equals(MANIFEST) && !manifest.files().containsKey(required)) {
                throw new CorruptModelException(dir.resolve(required), "the manifest does not list it");
            }
        }
        ModelConfig config = readJson(dir.resolve(CONFIG), ModelConfig.class);
        try {
            String fingerprint = Files.readString(dir.resolve(FINGERPRINT), StandardCharsets.UTF_8);
            return new PublishedModel(model, version, dir, manifest, config, readMetrics(dir), fingerprint);
        } catch (IOException e) {
            throw new CorruptModelException(dir.resolve(FINGERPRINT), "it cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Every file of a verified version, by name (the manifest included): what a replica ships to the others so
     * that they serve byte-identical models ({@link #importVersion}).
     */
    public Map<String, byte[]> export(String model, String version) {
        PublishedModel published = verify(model, version);
        Map<String, byte[]> files = new TreeMap<>();
        try {
            files.put(MANIFEST, Files.readAllBytes(published.dir().resolve(MANIFEST)));
            for (String name : published.manifest().files().keySet()) {
                files.put(name, Files.readAllBytes(published.dir().resolve(name)));
            }
        } catch (IOException e) {
            throw new ModelRegistryException("cannot read " + model + " " + version + " for export: " + e, e);
        }
        return files;
    }

    /**
     * Adds a version exported from another registry under its own name, after checking its files against its
     * manifest. Returns false if this registry already holds the same version (same manifest checksums); a
     * different version under the same name is refused, and nothing is written.
     */
    public synchronized boolean importVersion(String model, String version, Map<String, byte[]> files) {
        checkName("version", version);
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("version '" + version + "' is not of the form v<number>");
        }
        byte[] manifestBytes = files.get(MANIFEST);
        if (manifestBytes == null) {
            throw new ModelRegistryException("cannot import " + model + " " + version + ": no " + MANIFEST);
        }
        Manifest manifest;
        try {
            manifest = json.readValue(manifestBytes, Manifest.class);
        } catch (IOException e) {
            throw new ModelRegistryException("cannot import " + model + " " + version + ": unreadable manifest ("
                    + e.getMessage() + ")", e);
        }
        if (!model.equals(manifest.model()) || !version.equals(manifest.version())) {
            throw new ModelRegistryException("cannot import " + model + " " + version + ": its manifest describes '"
                    + manifest.model() + "' " + manifest.version());
        }
        Path modelDir = modelDir(model);
        Path target = modelDir.resolve(version);
        if (Files.isDirectory(target)) {
            Manifest mine = readJson(target.resolve(MANIFEST), Manifest.class);
            if (mine.files().equals(manifest.files())) {
                return false;
            }
            throw new ModelRegistryException("cannot import " + model + " " + version + ": this registry already "
                    + "holds a different " + version + " (created " + mine.createdAt() + ")");
        }
        Path temp = modelDir.resolve(TEMP_PREFIX + UUID.randomUUID());
        try {
            Files.createDirectories(temp);
            for (Map.Entry<String, FileEntry> e : manifest.files().entrySet()) {
                byte[] bytes = files.get(checkName("file name", e.getKey()));
                if (bytes == null) {
                    throw new CorruptModelException(temp.resolve(e.getKey()), "the export does not carry it");
                }
                Path file = temp.resolve(e.getKey());
                Files.write(file, bytes);
                String sha = Fingerprints.sha256(file);
                if (bytes.length != e.getValue().size() || !sha.equals(e.getValue().sha256())) {
                    throw new CorruptModelException(file, "checksum mismatch on import: SHA-256 " + sha
                            + ", the manifest says " + e.getValue().sha256());
                }
            }
            Files.write(temp.resolve(MANIFEST), manifestBytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new ModelRegistryException("could not import " + model + " " + version + " under " + modelDir
                    + ": " + e, e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /**
     * Sets the promoted version and the promotion history as another registry decided them (replicas following
     * one decision), after verifying the current version's checksums.
     */
    public synchronized void adopt(String model, String current, List<String> history) {
        if (history.isEmpty() || !history.get(history.size() - 1).equals(current)) {
            throw new IllegalArgumentException("the promotion history " + history + " must end with " + current);
        }
        verify(model, current);
        writePointer(model, new Pointer(current, List.copyOf(history)));
    }

    /** Verifies a version and checks it against what the caller expects. */
    public PublishedModel load(String model, String version, ModelExpectation expectation) {
        PublishedModel published = verify(model, version);
        if (expectation != null) {
            expectation.check("model '" + model + "' " + version + " (" + published.dir().resolve(CONFIG) + ")",
                    published.config());
        }
        return published;
    }

    /** Verifies and checks the promoted version. */
    public PublishedModel loadCurrent(String model, ModelExpectation expectation) {
        String current = currentVersion(model);
        if (current == null) {
            throw new ModelRegistryException("'" + model + "' has no promoted version under " + modelDir(model)
                    + "; publish and promote one first");
        }
        return load(model, current, expectation);
    }

    private Path modelDir(String model) {
        return root.resolve(checkName("model name", model));
    }

    private static String checkName(String what, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " '" + name + "' is not a plain name (letters, digits, . _ -)");
        }
        return name;
    }

    private static int lastVersionNumber(Path modelDir) {
        List<String> names = versionNames(modelDir);
        return names.isEmpty() ? 0 : Integer.parseInt(names.get(names.size() - 1).substring(1));
    }

    private static List<String> versionNames(Path modelDir) {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(modelDir)) {
            return names;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(modelDir, Files::isDirectory)) {
            for (Path d : dirs) {
                String n = d.getFileName().toString();
                if (VERSION.matcher(n).matches()) {
                    names.add(n);
                }
            }
        } catch (IOException e) {
            throw new ModelRegistryException("cannot list versions in " + modelDir + ": " + e.getMessage(), e);
        }
        names.sort(Comparator.comparingInt(n -> Integer.parseInt(n.substring(1))));
        return names;
    }

    private Map<String, Double> readMetrics(Path dir) {
        try {
            return new LinkedHashMap<>(json.readValue(dir.resolve(METRICS).toFile(),
                    new TypeReference<Map<String, Double>>() { }));
        } catch (IOException e) {
            throw new CorruptModelException(dir.resolve(METRICS), "it is not a JSON map of metrics (" + e.getMessage()
                    + ")");
        }
    }

    private <T> T readJson(Path file, Class<T> type) {
        if (!Files.exists(file)) {
            throw new CorruptModelException(file, "the file is missing");
        }
        try {
            return json.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new CorruptModelException(file, "it is not a valid " + type.getSimpleName() + " JSON ("
                    + e.getMessage() + ")");
        }
    }

    private Pointer readPointer(String model) {
        Path file = modelDir(model).resolve(POINTER);
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return json.readValue(file.toFile(), Pointer.class);
        } catch (IOException e) {
            throw new ModelRegistryException("promotion pointer " + file + " is unreadable: " + e.getMessage(), e);
        }
    }

    private void writePointer(String model, Pointer pointer) {
        Path target = modelDir(model).resolve(POINTER);
        Path temp = modelDir(model).resolve(TEMP_PREFIX + POINTER + "-" + UUID.randomUUID());
        try {
            Files.write(temp, json.writeValueAsBytes(pointer));
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new ModelRegistryException("the file system under " + root + " cannot rename atomically; "
                        + "the registry needs a local or POSIX-like volume", e);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new ModelRegistryException("could not update " + target + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // best effort: a leftover temp folder is ignored by listings and does not affect versions
        }
    }
}
