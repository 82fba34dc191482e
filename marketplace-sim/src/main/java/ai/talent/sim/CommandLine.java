package ai.talent.sim;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Parses {@code --name value} and {@code --flag} arguments, rejecting unknown names with a usable message. */
public final class CommandLine {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    /**
     * A command's {@code main}: prints the usage for {@code --help} / {@code -h}, otherwise runs the command and turns
     * a rejected argument into the message (prefixed by the command's name) and exit status 2.
     */
    public static void main(String[] args, String name, String usage, Consumer<String[]> command) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(usage);
            return;
        }
        try {
            command.accept(args);
        } catch (IllegalArgumentException e) {
            System.err.println(name + ": " + e.getMessage());
            System.exit(2);
        }
    }

    public CommandLine(String[] args, List<String> valueOptions, List<String> flagOptions, String usage) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (flagOptions.contains(a)) {
                flags.add(a);
            } else if (valueOptions.contains(a)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value\n" + usage);
                }
                values.put(a, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option " + a + "\n" + usage);
            }
        }
    }

    public boolean has(String flag) {
        return flags.contains(flag);
    }

    public String string(String name, String orElse) {
        return values.getOrDefault(name, orElse);
    }

    public long number(String name, long orElse) {
        String v = values.get(name);
        if (v == null) {
            return orElse;
        }
        try {
            return Long.parseLong(v.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was " + v);
        }
    }

    public double decimal(String name, double orElse) {
        String v = values.get(name);
        if (v == null) {
            return orElse;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, was " + v);
        }
    }

    public int count(String name, int orElse) {
        long v = number(name, orElse);
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be between 0 and " + Integer.MAX_VALUE + ", was " + v);
        }
        return (int) v;
    }
}
