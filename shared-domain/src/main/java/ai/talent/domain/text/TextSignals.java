package ai.talent.domain.text;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.SkillLevel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * What a post and a profile state only in words, read with phrase lists: the roles, domains and seniority of the
 * {@link RecruiterLexicon} (the one search's query parser reads), and {@code work-signals.tsv} in the same format (a
 * project's complexity, how a profile describes past work); weekly hours and years of experience by pattern. A pure
 * function of the texts, cached by text, so the success predictor's and matching's features read them alike.
 *
 * <p>Signals may also be read once and stored beside what they were read from ({@link #encode(Profile)},
 * {@link #decodeProfile(String)}): matching keeps each indexed profile's with its document, so a ranking reads a
 * hundred candidates' signals without reading their texts again. A stored value carries the {@link #fingerprint()}
 * of the phrase lists and patterns it was read with; one read with others decodes to nothing and is read afresh.
 */
public final class TextSignals {

    /** Unknown seniority or complexity. */
    public static final int UNKNOWN = -1;

    /** What a project's title and description state. */
    public record Post(Set<String> roles, Set<String> domains, int seniorityWanted, int complexity, int hoursPerWeek) {
    }

    /** What a profile's headline and bio state. */
    public record Profile(Set<String> roles, Set<String> domains, int seniority, int years, int strongWork,
                          int modestWork) {
    }

    private record Phrase(String text, String kind, String key) {
    }

    public static final String WORK_SIGNALS = "ai/talent/domain/text/work-signals.tsv";
    private static final int CACHE = 20_000;
    private static final char SEP = ';';
    /** Bumped when what a signal means or how it is encoded changes, so stored values read before are read again. */
    private static final String ENCODING = "text-signals 4";
    /**
     * Kinds whose phrases nest: an occurrence inside a longer one of its kind is that one. Complexity phrases nest
     * negations ("난이도가 높지 않" holds "난이도가 높"); role titles nest a generic title in a specific one ("브랜드
     * 마케터" holds "마케터", "IR consultant" holds "consultant"), and the specific title is the role stated.
     */
    private static final Set<String> NESTED_COUNTS_ONCE = Set.of("complexity", "role");
    private static final List<String> SENIORITY = List.of("junior", "mid", "senior");
    private static final List<String> COMPLEXITY = List.of("simple", "standard", "complex");
    private static final Pattern HOURS_EN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{1,2})\\s*(?:hours?|hrs?|h)\\s*(?:a|per|/|each)\\s*(?:week|wk)");
    private static final Pattern HOURS_KO = Pattern.compile("주\\s*(\\d{1,2})\\s*시간");
    private static final Pattern FULL_TIME = Pattern.compile("full[- ]?time|풀타임");
    private static final Pattern YEARS = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{1,2})\\s*\\+?\\s*(?:years?|yrs?|년)");
    private static final Pattern MEASURED = Pattern.compile("\\d\\s*%");

    private static final TextSignals STANDARD = new TextSignals();

    private final List<Phrase> phrases = new ArrayList<>();
    private final PhraseScanner scanner;
    private final Map<String, Post> posts = Collections.synchronizedMap(lru());
    private final Map<String, Profile> profiles = Collections.synchronizedMap(lru());
    private final String fingerprint;

    private TextSignals() {
        for (RecruiterLexicon lexicon : List.of(RecruiterLexicon.standard(),
                RecruiterLexicon.fromResource(WORK_SIGNALS))) {
            for (RecruiterLexicon.Row row : lexicon.rows()) {
                if (List.of("role", "domain", "seniority", "seniority-not", "complexity", "achievement")
                        .contains(row.kind())) {
                    for (String p : row.phrases()) {
                        phrases.add(new Phrase(p.toLowerCase(Locale.ROOT), row.kind(), row.key()));
                    }
                }
            }
        }
        scanner = new PhraseScanner(phrases.stream().map(Phrase::text).toList());
        fingerprint = fingerprintOf(phrases);
    }

    public static TextSignals standard() {
        return STANDARD;
    }

    /** The text a project's signals are read from: its title, then its description. */
    public static String postText(String title, String description) {
        return (title == null ? "" : title) + "\n" + (description == null ? "" : description);
    }

    /** The text a freelancer's signals are read from: the headline, then the bio. */
    public static String profileText(Freelancer freelancer) {
        return freelancer.headline() + "\n" + freelancer.bio();
    }

    public Post post(Project project) {
        return post(project.title(), project.description());
    }

    /** A post's signals from its title and description (either may be null: an ad-hoc query). */
    public Post post(String title, String description) {
        return posts.computeIfAbsent(postText(title, description), this::readPost);
    }

    public Profile profile(Freelancer freelancer) {
        return profiles.computeIfAbsent(profileText(freelancer), this::readProfile);
    }

    /** A profile's signals read afresh, not cached (for a value stored elsewhere, such as an index document). */
    public Profile readProfile(Freelancer freelancer) {
        return readProfile(profileText(freelancer));
    }

    /** A post's signals read afresh, not cached (for a value stored elsewhere, such as an index document). */
    public Post readPost(Project project) {
        return readPost(postText(project.title(), project.description()));
    }

    /** The stored signals when they were read with these phrase lists, else the profile's read now. */
    public Profile profile(Freelancer freelancer, String stored) {
        Profile p = decodeProfile(stored);
        return p != null ? p : profile(freelancer);
    }

    /** The stored signals when they were read with these phrase lists, else the post's read now. */
    public Post post(String title, String description, String stored) {
        Post p = decodePost(stored);
        return p != null ? p : post(title, description);
    }

    /** Identifies the phrase lists, patterns and encoding the signals are read and stored with. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The profile's signals as one line ({@code P<fingerprint>;roles;domains;seniority;years;strong;modest}). */
    public String encode(Profile p) {
        return "P" + fingerprint + SEP + keyList(p.roles()) + SEP + keyList(p.domains()) + SEP + p.seniority() + SEP
                + p.years() + SEP + p.strongWork() + SEP + p.modestWork();
    }

    /** The post's signals as one line ({@code Q<fingerprint>;roles;domains;seniority;complexity;hours}). */
    public String encode(Post p) {
        return "Q" + fingerprint + SEP + keyList(p.roles()) + SEP + keyList(p.domains()) + SEP + p.seniorityWanted()
                + SEP + p.complexity() + SEP + p.hoursPerWeek();
    }

    /** The profile {@link #encode(Profile)} wrote, or null when absent, malformed or read with other phrase lists. */
    public Profile decodeProfile(String stored) {
        String[] f = fields(stored, 'P', 7);
        if (f == null) {
            return null;
        }
        try {
            return new Profile(keySet(f[1]), keySet(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                    Integer.parseInt(f[5]), Integer.parseInt(f[6]));
        } catch (IllegalArgumentException e) { // a number that is none, a key listed twice
            return null;
        }
    }

    /** The post {@link #encode(Post)} wrote, or null when absent, malformed or read with other phrase lists. */
    public Post decodePost(String stored) {
        String[] f = fields(stored, 'Q', 6);
        if (f == null) {
            return null;
        }
        try {
            return new Post(keySet(f[1]), keySet(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                    Integer.parseInt(f[5]));
        } catch (IllegalArgumentException e) { // a number that is none, a key listed twice
            return null;
        }
    }

    private String[] fields(String stored, char tag, int count) {
        if (stored == null || stored.isEmpty() || stored.charAt(0) != tag
                || !stored.startsWith(fingerprint, 1) || stored.indexOf(SEP, 1) != 1 + fingerprint.length()) {
            return null;
        }
        String[] f = stored.split(String.valueOf(SEP), -1);
        return f.length == count ? f : null;
    }

    private static String keyList(Set<String> keys) {
        for (String k : keys) {
            if (k.indexOf(SEP) >= 0 || k.indexOf(',') >= 0) {
                throw new IllegalStateException("a signal key may not contain ';' or ',': " + k);
            }
        }
        return String.join(",", new TreeSet<>(keys));
    }

    private static Set<String> keySet(String list) {
        return list.isEmpty() ? Set.of() : Set.of(list.split(","));
    }

    private static String fingerprintOf(List<Phrase> phrases) {
        CRC32 crc = new CRC32();
        StringBuilder all = new StringBuilder(ENCODING);
        for (Phrase p : phrases) {
            all.append('\n').append(p.text()).append('\t').append(p.kind()).append('\t').append(p.key());
        }
        for (Pattern p : List.of(HOURS_EN, HOURS_KO, FULL_TIME, YEARS, MEASURED)) {
            all.append('\n').append(p.pattern());
        }
        crc.update(all.toString().getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    /** The freelancer's seniority 0–2: as the texts state it, else from the years they state, else from skill years. */
    public static int seniority(Freelancer f, Profile profile) {
        if (profile.seniority() != UNKNOWN) {
            return profile.seniority();
        }
        if (profile.years() != UNKNOWN) {
            return seniorityOfYears(profile.years());
        }
        int years = (int) Math.round(f.skills().stream().mapToDouble(SkillLevel::years).max().orElse(3));
        return seniorityOfYears(years);
    }

    /** +1 a common element, −1 both named something but nothing in common, 0 either named nothing. */
    public static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        for (String s : a) {
            if (b.contains(s)) {
                return 1;
            }
        }
        return -1;
    }

    Post readPost(String raw) {
        String text = raw.toLowerCase(Locale.ROOT);
        Map<String, Map<String, Integer>> found = match(text);
        int seniority = highest(found.get("seniority"), SENIORITY);
        if (seniority == UNKNOWN) {
            seniority = seniorityOfYears(maxYears(text));
        }
        int hours = 0;
        Matcher m = HOURS_EN.matcher(text);
        while (m.find()) {
            hours = Math.max(hours, Integer.parseInt(m.group(1)));
        }
        m = HOURS_KO.matcher(text);
        while (m.find()) {
            hours = Math.max(hours, Integer.parseInt(m.group(1)));
        }
        if (hours == 0 && FULL_TIME.matcher(text).find()) {
            hours = 40;
        }
        return new Post(keys(found.get("role")), keys(found.get("domain")), seniority,
                mostFound(found.get("complexity"), COMPLEXITY), Math.min(hours, 80));
    }

    Profile readProfile(String raw) {
        String text = raw.toLowerCase(Locale.ROOT);
        Map<String, Map<String, Integer>> found = match(text);
        Map<String, Integer> work = found.getOrDefault("achievement", Map.of());
        Matcher m = MEASURED.matcher(text);
        int measured = 0;
        while (m.find()) {
            measured++;
        }
        // a seniority word that describes a piece of work or somebody else ("as the lead", "assisted a senior
        // colleague", "리드했습니다") is not the freelancer's own level: each such match cancels one of its key
        Map<String, Integer> seniority = less(found.get("seniority"), found.get("seniority-not"));
        return new Profile(keys(found.get("role")), keys(found.get("domain")), highest(seniority, SENIORITY),
                maxYears(text), work.getOrDefault("strong", 0) + measured, work.getOrDefault("modest", 0));
    }

    /** Seniority from stated years, as recruiters read them: up to 2 junior, up to 6 mid, then senior. */
    public static int seniorityOfYears(int years) {
        return years < 0 ? UNKNOWN : years <= 2 ? 0 : years <= 6 ? 1 : 2;
    }

    /**
     * kind → key → times found; a phrase counts from a word start, anything may follow a Korean phrase. A complexity
     * or role phrase inside a longer one of its kind counts only as the longer one: the simple-work phrases negate the
     * complex ones ("난이도가 높지 않" holds "난이도가 높", "nothing complicated" holds "complicated"), and a specific
     * title holds a generic one ("영상 편집자" holds "편집자").
     */
    private Map<String, Map<String, Integer>> match(String text) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        List<int[]> found = scanner.occurrences(text);
        for (int[] o : found) {
            Phrase p = phrases.get(o[1]);
            if (NESTED_COUNTS_ONCE.contains(p.kind()) && insideLonger(o, p.kind(), found)) {
                continue;
            }
            out.computeIfAbsent(p.kind(), k -> new LinkedHashMap<>()).merge(p.key(), 1, Integer::sum);
        }
        return out;
    }

    private boolean insideLonger(int[] o, String kind, List<int[]> found) {
        int end = o[0] + scanner.length(o[1]);
        for (int[] other : found) {
            int otherEnd = other[0] + scanner.length(other[1]);
            if (other != o && other[0] <= o[0] && otherEnd >= end && otherEnd - other[0] > end - o[0]
                    && phrases.get(other[1]).kind().equals(kind)) {
                return true;
            }
        }
        return false;
    }

    /** Counts of {@code found} less those of {@code cancelled}, keys left with none dropped. */
    private static Map<String, Integer> less(Map<String, Integer> found, Map<String, Integer> cancelled) {
        if (found == null || cancelled == null) {
            return found;
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        found.forEach((key, n) -> {
            int left = n - cancelled.getOrDefault(key, 0);
            if (left > 0) {
                out.put(key, left);
            }
        });
        return out;
    }

    private static int maxYears(String text) {
        int years = UNKNOWN;
        Matcher m = YEARS.matcher(text);
        while (m.find()) {
            years = Math.max(years, Integer.parseInt(m.group(1)));
        }
        return years;
    }

    private static Set<String> keys(Map<String, Integer> found) {
        return found == null ? Set.of() : Set.copyOf(new TreeSet<>(found.keySet()));
    }

    private static int highest(Map<String, Integer> found, List<String> order) {
        int best = UNKNOWN;
        if (found != null) {
            for (String key : found.keySet()) {
                best = Math.max(best, order.indexOf(key));
            }
        }
        return best;
    }

    private static int mostFound(Map<String, Integer> found, List<String> order) {
        if (found == null || found.isEmpty()) {
            return UNKNOWN;
        }
        int best = UNKNOWN;
        int count = 0;
        for (Map.Entry<String, Integer> e : found.entrySet()) {
            if (e.getValue() > count) {
                best = order.indexOf(e.getKey());
                count = e.getValue();
            } else if (e.getValue() == count) {
                best = 1;
            }
        }
        return best;
    }

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > CACHE;
            }
        };
    }
}
