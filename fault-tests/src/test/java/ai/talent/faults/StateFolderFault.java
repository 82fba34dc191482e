package ai.talent.faults;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Makes a service's state folder refuse writes, and take them again, with what this machine allows:
 * <ul>
 *   <li>{@code disk-full} (root, and mounting allowed): the folder is a small tmpfs of its own; {@link #inject()}
 *       fills it with a filler file until the file system says "No space left on device", {@link #clear()} deletes
 *       the filler. The real thing: every write that needs a new block fails, reads go on.</li>
 *   <li>{@code read-only, chattr +i} (root, no mount): the folder is made immutable, so nothing can be created,
 *       renamed or deleted in it ("Operation not permitted"); files already open stay writable.</li>
 *   <li>{@code read-only, chmod a-w} (not root; root writes through it): the folder loses its write permission.</li>
 * </ul>
 * Whatever was set up is undone in {@link #close()} — and by a shutdown hook should the JVM end first — so that no
 * mount or immutable folder outlives the test.
 */
final class StateFolderFault implements AutoCloseable {

    private static final long TMPFS_MEGABYTES = 128;
    private static final int FILL_CHUNK = 1 << 20;
    private static final int PAGE = 4096;

    enum Method {
        DISK_FULL("disk full (a " + TMPFS_MEGABYTES + " MB tmpfs filled up)"),
        IMMUTABLE("read-only (chattr +i on the folder)"),
        NOT_WRITABLE("read-only (chmod a-w on the folder)");

        private final String description;

        Method(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    private final Path folder;
    private final Method method;
    private final Thread undoOnExit;
    private boolean injected;

    private StateFolderFault(Path folder, Method method) {
        this.folder = folder;
        this.method = method;
        this.undoOnExit = new Thread(this::undoQuietly, "undo-state-folder-fault");
        Runtime.getRuntime().addShutdownHook(undoOnExit);
    }

    /**
     * Prepares {@code folder} (empty, before the service starts in it) for the strongest fault this machine
     * allows, or says why none is possible.
     */
    static Choice prepare(Path folder) {
        List<String> tried = new ArrayList<>();
        boolean root = isRoot();
        // TALENT_FAULTS_READ_ONLY=1 skips the mount: how to try the read-only fallback on a machine that mounts
        boolean mountAllowed = System.getenv("TALENT_FAULTS_READ_ONLY") == null;
        if (root && !mountAllowed) {
            tried.add("mount tmpfs: not tried (TALENT_FAULTS_READ_ONLY)");
        }
        if (root && mountAllowed) {
            Result mount = run("mount", "-t", "tmpfs", "-o", "size=" + TMPFS_MEGABYTES + "m,mode=0755",
                    "talent-disk-full", folder.toString());
            if (mount.ok()) {
                return new Choice(new StateFolderFault(folder, Method.DISK_FULL), null);
            }
            tried.add("mount tmpfs: " + mount.output());
        }
        if (root) {
            Path scratch = folder.resolveSibling(folder.getFileName() + "-chattr-check");
            try {
                Files.createDirectories(scratch);
                Result chattr = run("chattr", "+i", scratch.toString());
                boolean refuses = chattr.ok() && !canWrite(scratch);
                run("chattr", "-i", scratch.toString());
                Files.deleteIfExists(scratch);
                if (refuses) {
                    return new Choice(new StateFolderFault(folder, Method.IMMUTABLE), null);
                }
                tried.add("chattr +i: " + (chattr.ok() ? "writes still pass" : chattr.output()));
            } catch (IOException e) {
                tried.add("chattr +i: " + e.getMessage());
            }
            tried.add("chmod a-w: root writes through it");
        } else {
            Path scratch = folder.resolveSibling(folder.getFileName() + "-chmod-check");
            try {
                Files.createDirectories(scratch);
                boolean refuses = scratch.toFile().setWritable(false, false) && !canWrite(scratch);
                scratch.toFile().setWritable(true, true);
                Files.deleteIfExists(scratch);
                if (refuses) {
                    return new Choice(new StateFolderFault(folder, Method.NOT_WRITABLE), null);
                }
                tried.add("chmod a-w: writes still pass");
            } catch (IOException e) {
                tried.add("chmod a-w: " + e.getMessage());
            }
            tried.add("tmpfs and chattr need root");
        }
        return new Choice(null, "no way to make a state folder refuse writes here: " + String.join("; ", tried));
    }

    /** A fault ready to inject, or the reason there is none ({@code fault} null). */
    record Choice(StateFolderFault fault, String unavailable) {

        Optional<StateFolderFault> get() {
            return Optional.ofNullable(fault);
        }
    }

    Method method() {
        return method;
    }

    /** What the service's readiness should name: the operating system's words for the fault. */
    String expectedError() {
        return switch (method) {
            case DISK_FULL -> "No space left on device";
            case IMMUTABLE -> "Operation not permitted";
            case NOT_WRITABLE -> "AccessDenied";
        };
    }

    /** The folder refuses writes from now on; checked by a write of this process. */
    void inject() {
        switch (method) {
            case DISK_FULL -> fill();
            case IMMUTABLE -> require(run("chattr", "+i", folder.toString()), "chattr +i");
            case NOT_WRITABLE -> folder.toFile().setWritable(false, false);
        }
        injected = true;
        if (canWrite(folder)) {
            throw new IllegalStateException("the state folder " + folder + " still takes writes after " + method);
        }
    }

    /** The folder takes writes again. */
    void clear() {
        if (!injected) {
            return;
        }
        switch (method) {
            case DISK_FULL -> {
                try {
                    Files.deleteIfExists(filler());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete the filler " + filler(), e);
                }
            }
            case IMMUTABLE -> require(run("chattr", "-i", folder.toString()), "chattr -i");
            case NOT_WRITABLE -> folder.toFile().setWritable(true, true);
        }
        injected = false;
    }

    /** Undoes everything: the fault, and the mount (the service using the folder must have stopped). */
    @Override
    public void close() {
        undoQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(undoOnExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs anyway
        }
    }

    private synchronized void undoQuietly() {
        try {
            clear();
        } catch (RuntimeException e) {
            System.err.println("faults: could not undo " + method + " on " + folder + ": " + e.getMessage());
        }
        if (method == Method.DISK_FULL && isMounted(folder)) {
            Result umount = run("umount", folder.toString());
            if (!umount.ok()) {
                // something still holds a file there: detach it now, the kernel frees it when they close
                Result lazy = run("umount", "-l", folder.toString());
                if (!lazy.ok()) {
                    System.err.println("faults: LEFT A MOUNT at " + folder + ": " + lazy.output());
                }
            }
        }
    }

    private Path filler() {
        return folder.resolve("filler");
    }

    /** Writes megabytes, then pages, until the file system refuses: nothing is left for anyone. */
    private void fill() {
        try (FileOutputStream out = new FileOutputStream(filler().toFile())) {
            byte[] chunk = new byte[FILL_CHUNK];
            try {
                while (true) {
                    out.write(chunk);
                }
            } catch (IOException full) {
                // now pages, for what a megabyte did not fit
            }
            byte[] page = new byte[PAGE];
            try {
                for (int i = 0; i < FILL_CHUNK / PAGE; i++) {
                    out.write(page);
                }
            } catch (IOException full) {
                // full
            }
        } catch (IOException e) {
            // closing a file on a full file system can fail too; the filler is written
        }
    }

    private static boolean canWrite(Path folder) {
        Path probe = folder.resolve(".fault-check");
        try {
            Files.write(probe, new byte[PAGE]);
            Files.deleteIfExists(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isMounted(Path folder) {
        try {
            String target = " " + folder.toAbsolutePath() + " ";
            return Files.readAllLines(Path.of("/proc/mounts")).stream().anyMatch(l -> l.contains(target));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isRoot() {
        Result id = run("id", "-u");
        return id.ok() && id.output().strip().equals("0");
    }

    private static void require(Result result, String what) {
        if (!result.ok()) {
            throw new IllegalStateException(what + " failed: " + result.output());
        }
    }

    private record Result(boolean ok, String output) {
    }

    private static Result run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(false, String.join(" ", command) + " did not finish");
            }
            return new Result(p.exitValue() == 0, output.isEmpty() ? "exit " + p.exitValue() : output);
        } catch (IOException e) {
            return new Result(false, command[0] + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "interrupted");
        }
    }
}
