package ai.talent.matching.tool;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line options of matching's tools ({@code ./talent train|eval|bench matching}): {@code --name value} and
 * flags; an option the tool does not know is refused with its usage.
 */
public final class ToolArgs {

    private final Map<String, String> values = new HashMap<>();
    private final String usage;

    private ToolArgs(String usage) {
        this.usage = usage;
    }

    /**
     * Parses {@code args}: {@code valued} options take the next argument, {@code flags} none. {@code --help}
     * throws {@link HelpRequested}.
     */
    public static ToolArgs parse(String[] args, Set<String> valued, Set<String> flags, String usage) {
        ToolArgs parsed = new ToolArgs(usage);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                throw new HelpRequested(usage);
            }
            if (valued.contains(a)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value\n" + usage);
                }
                parsed.values.put(a, args[++i]);
            } else if (flags.contains(a)) {
                parsed.values.put(a, "true");
            } else {
                throw new IllegalArgumentException("unknown option " + a + "\n" + usage);
            }
        }
        return parsed;
    }

    public boolean flag(String name) {
        return values.containsKey(name);
    }

    public String string(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    public int integer(String name, int otherwise) {
        String v = values.get(name);
        try {
            return v == null ? otherwise : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a whole number, not " + v + "\n" + usage);
        }
    }

    public double real(String name, double otherwise) {
        String v = values.get(name);
        try {
            return v == null ? otherwise : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a number, not " + v + "\n" + usage);
        }
    }

    public Path path(String name, String otherwise) {
        return Path.of(string(name, otherwise));
    }

    /** A comma-separated list of seeds. */
    public List<Long> seeds(String name, List<Long> otherwise) {
        String v = values.get(name);
        if (v == null) {
            return otherwise;
        }
        List<Long> seeds = new ArrayList<>();
        for (String s : v.split(",")) {
            try {
                seeds.add(Long.parseLong(s.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " takes comma-separated whole numbers, not " + v + "\n"
                        + usage);
            }
        }
        return seeds;
    }

    /** Thrown by {@link #parse} for {@code --help}: the tool prints the usage and exits 0. */
    public static final class HelpRequested extends RuntimeException {

        public HelpRequested(String usage) {
            super(usage);
        }
    }

    /** Runs a tool's main body: usage on --help (exit 0), the message on a bad option (exit 2). */
    public static void run(String[] args, ToolBody body) {
        try {
            body.run(args);
        } catch (HelpRequested h) {
            System.out.println(h.getMessage());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    /** A tool's work. */
    @FunctionalInterface
    public interface ToolBody {
        void run(String[] args) throws Exception;
    }
}
