package ai.talent.sim.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Phrase templates loaded from a classpath file of {@code ## section} headers each followed by one template
 * per line ({@code #} starts a comment line). See {@link TemplateRenderer} for the template syntax.
 */
final class PhraseBank {

    private final String resource;
    private final Map<String, List<String>> sections;
    /** Slot names per template, computed once so picking a template does not rescan it. */
    private final Map<String, List<String>> slotsByTemplate;

    private PhraseBank(String resource, Map<String, List<String>> sections) {
        this.resource = resource;
        this.sections = sections;
        Map<String, List<String>> slots = new java.util.HashMap<>();
        for (List<String> templates : sections.values()) {
            for (String template : templates) {
                slots.put(template, scanSlots(template));
            }
        }
        this.slotsByTemplate = Map.copyOf(slots);
    }

    static PhraseBank load(String fileName) {
        String resource = "/ai/talent/sim/text/" + fileName;
        try (InputStream in = PhraseBank.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Phrase bank " + resource + " is missing from the classpath");
            }
            return new PhraseBank(resource, parse(resource, in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read phrase bank " + resource, e);
        }
    }

    private static Map<String, List<String>> parse(String resource, InputStream in) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.startsWith("## ")) {
                current = sections.computeIfAbsent(trimmed.substring(3).strip(), k -> new ArrayList<>());
            } else if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                if (current == null) {
                    throw new IllegalStateException(
                            resource + ":" + lineNumber + ": template before the first '## section' header");
                }
                current.add(trimmed);
            }
        }
        sections.replaceAll((k, v) -> List.copyOf(v));
        return sections;
    }

    boolean has(String section) {
        return sections.containsKey(section);
    }

    List<String> templates(String section) {
        List<String> templates = sections.get(section);
        if (templates == null || templates.isEmpty()) {
            throw new IllegalStateException("Phrase bank " + resource + " has no section '" + section + "'");
        }
        return templates;
    }

    /**
     * Picks a template of the section whose slots all have values (so optional facts such as a region
     * decide which sentences can be said) and renders it, untidied: callers tidy the finished text.
     */
    String render(String section, Map<String, String> slots, Voice voice, RandomGenerator rng) {
        List<String> all = templates(section);
        List<String> usable = usable(voice.half().share(all), slots);
        if (usable.isEmpty()) {
            // The half has no template for these facts; the other half's wording beats a missing sentence.
            usable = usable(all, slots);
        }
        if (usable.isEmpty()) {
            throw new IllegalStateException("Phrase bank " + resource + " section '" + section
                    + "' has no template using only the slots " + slots.keySet());
        }
        return TemplateRenderer.renderRaw(usable.get(rng.nextInt(usable.size())), slots, voice, rng);
    }

    private List<String> usable(List<String> templates, Map<String, String> slots) {
        List<String> usable = new ArrayList<>();
        for (String template : templates) {
            if (hasAll(slots, slotsOf(template))) {
                usable.add(template);
            }
        }
        return usable;
    }

    /** Whether some template of the section can be rendered with these slots. */
    boolean canRender(String section, Map<String, String> slots) {
        if (!sections.containsKey(section)) {
            return false;
        }
        for (String template : sections.get(section)) {
            if (hasAll(slots, slotsOf(template))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAll(Map<String, String> slots, List<String> names) {
        for (String name : names) {
            if (!slots.containsKey(name)) {
                return false;
            }
        }
        return true;
    }

    private List<String> slotsOf(String template) {
        return slotsByTemplate.get(template);
    }

    private static List<String> scanSlots(String template) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < template.length(); i++) {
            if (template.charAt(i) == '$') {
                int end = i + 1;
                while (end < template.length()
                        && (Character.isLetterOrDigit(template.charAt(end)) || template.charAt(end) == '_')
                        && !Hangul.isSyllable(template.charAt(end))) {
                    end++;
                }
                names.add(template.substring(i + 1, end));
            }
        }
        return List.copyOf(names);
    }

    Map<String, List<String>> sections() {
        return sections;
    }
}
