package ai.talent.sim;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses {@code --name value} and {@code --flag} arguments, rejecting unknown names with a usable message. */
final class CommandLine {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    CommandLine(String[] args, List<String> valueOptions, List<String> flagOptions, String usage) {
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

    boolean has(String flag) {
        return flags.contains(flag);
    }

    String string(String name, String orElse) {
        return values.getOrDefault(name, orElse);
    }

    long number(String name, long orElse) {
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

    double decimal(String name, double orElse) {
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

    int count(String name, int orElse) {
        long v = number(name, orElse);
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be between 0 and " + Integer.MAX_VALUE + ", was " + v);
        }
        return (int) v;
    }
}
