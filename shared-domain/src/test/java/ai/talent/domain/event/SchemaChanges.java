package ai.talent.domain.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.TreeSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The differences between a committed JSON Schema and the one generated now, each judged by whether readers and
 * writers of the committed version still understand each other. Compatible: a new optional property (readers
 * ignore unknown properties, writers may leave it out) and the definitions it brings. Everything else breaks a
 * published version: a removed or renamed property, a changed type, format or enum, a field that became required
 * or optional.
 */
record SchemaChanges(List<Change> changes) {

    /** One difference, at a JSON Pointer into the schema. */
    record Change(String pointer, String what, boolean compatible) {
        @Override
        public String toString() {
            return pointer + ": " + what + (compatible ? "" : " (breaks readers or writers of this version)");
        }
    }

    static SchemaChanges between(JsonNode committed, JsonNode generated) {
        List<Change> changes = new ArrayList<>();
        compare("", committed, generated, changes);
        return new SchemaChanges(List.copyOf(changes));
    }

    boolean none() {
        return changes.isEmpty();
    }

    boolean allCompatible() {
        return changes.stream().allMatch(Change::compatible);
    }

    List<Change> incompatible() {
        return changes.stream().filter(c -> !c.compatible()).toList();
    }

    private static void compare(String at, JsonNode before, JsonNode after, List<Change> out) {
        if (before.equals(after)) {
            return;
        }
        if (!before.has("properties") || !after.has("properties")) {
            out.add(new Change(at.isEmpty() ? "/" : at, "changed from " + before + " to " + after, false));
            return;
        }
        Set<String> keys = new TreeSet<>();
        before.fieldNames().forEachRemaining(keys::add);
        after.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            if (key.equals("properties") || key.equals("required") || key.equals("$defs")) {
                continue;
            }
            if (!before.path(key).equals(after.path(key))) {
                out.add(new Change(at + "/" + key, "changed from " + before.path(key) + " to " + after.path(key),
                        false));
            }
        }
        Set<String> requiredBefore = names(before.path("required"));
        Set<String> requiredAfter = names(after.path("required"));
        JsonNode propsBefore = before.path("properties");
        JsonNode propsAfter = after.path("properties");
        for (Iterator<String> it = propsBefore.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            String pointer = at + "/properties/" + name;
            if (!propsAfter.has(name)) {
                out.add(new Change(pointer, "property removed (or renamed)", false));
                continue;
            }
            compare(pointer, propsBefore.get(name), propsAfter.get(name), out);
            if (requiredBefore.contains(name) != requiredAfter.contains(name)) {
                out.add(new Change(pointer, requiredAfter.contains(name) ? "became required" : "became optional",
                        false));
            }
        }
        for (Iterator<String> it = propsAfter.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!propsBefore.has(name)) {
                boolean required = requiredAfter.contains(name);
                out.add(new Change(at + "/properties/" + name,
                        required ? "required property added" : "optional property added", !required));
            }
        }
        JsonNode defsBefore = before.path("$defs");
        JsonNode defsAfter = after.path("$defs");
        for (Iterator<String> it = defsBefore.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!defsAfter.has(name)) {
                out.add(new Change(at + "/$defs/" + name, "definition removed", false));
            } else {
                compare(at + "/$defs/" + name, defsBefore.get(name), defsAfter.get(name), out);
            }
        }
        for (Iterator<String> it = defsAfter.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!defsBefore.has(name)) {
                out.add(new Change(at + "/$defs/" + name, "definition added", true));
            }
        }
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new HashSet<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }
}
