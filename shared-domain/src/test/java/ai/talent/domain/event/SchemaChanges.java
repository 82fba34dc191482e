package ai.talent.domain.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The differences between a committed JSON Schema and the one generated now, each judged by whether readers and
 * writers of the committed version still understand each other. Compatible: a new optional property (readers
 * ignore unknown properties, writers may leave it out) and a changed title or description. Everything else breaks a published version: a removed or
 * renamed property, a changed type, format or enum, a field that became required or optional. The schemas are
 * compared with their references inlined, so renaming a Java record (the name of its {@code $defs} entry) is no
 * change at all.
 */
record SchemaChanges(List<Change> changes) {

    /** One difference, at its place in the schema with references followed (/properties/freelancer/...). */
    record Change(String pointer, String what, boolean compatible) {
        @Override
        public String toString() {
            return pointer + ": " + what + (compatible ? "" : " (breaks readers or writers of this version)");
        }
    }

    static SchemaChanges between(JsonNode committed, JsonNode generated) {
        List<Change> changes = new ArrayList<>();
        new Walk(changes).compare("", inline(committed, committed, 0), inline(generated, generated, 0));
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

    /** The schema with every {@code $ref} replaced by what it names, and no {@code $defs}. */
    private static JsonNode inline(JsonNode node, JsonNode root, int depth) {
        if (depth > 64) {
            throw new IllegalStateException("schema references nest deeper than 64 levels (a cycle?)");
        }
        if (node.isObject() && node.has("$ref")) {
            JsonNode target = root.at(node.get("$ref").asText().substring(1));
            return target.isMissingNode() ? node : inline(target, root, depth + 1);
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(e -> {
                if (!e.getKey().equals("$defs")) {
                    copy.set(e.getKey(), inline(e.getValue(), root, depth + 1));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(inline(item, root, depth + 1)));
            return copy;
        }
        return node;
    }

    private record Walk(List<Change> out) {

        void compare(String at, JsonNode before, JsonNode after) {
            if (before.equals(after)) {
                return;
            }
            if (!before.isObject() || !after.isObject()) {
                if (before.isArray() && after.isArray() && before.size() == after.size()) {
                    for (int i = 0; i < before.size(); i++) {
                        compare(at + "/" + i, before.get(i), after.get(i));
                    }
                } else {
                    out.add(new Change(at, "changed from " + before + " to " + after, false));
                }
                return;
            }
            Set<String> keys = new TreeSet<>();
            before.fieldNames().forEachRemaining(keys::add);
            after.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                switch (key) {
                    case "required" -> {
                        // Compared together with the properties.
                    }
                    case "properties" -> compareProperties(at, before, after);
                    case "title", "description", "$comment" -> {
                        if (!before.path(key).equals(after.path(key))) {
                            out.add(new Change(at + "/" + key, "annotation changed", true));
                        }
                    }
                    default -> {
                        if (!before.has(key) || !after.has(key)) {
                            out.add(new Change(at + "/" + key, before.has(key) ? "removed" : "added", false));
                        } else {
                            compare(at + "/" + key, before.get(key), after.get(key));
                        }
                    }
                }
            }
        }

        private void compareProperties(String at, JsonNode before, JsonNode after) {
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
                compare(pointer, propsBefore.get(name), propsAfter.get(name));
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
        }

        private static Set<String> names(JsonNode array) {
            Set<String> names = new HashSet<>();
            array.forEach(n -> names.add(n.asText()));
            return names;
        }
    }
}
