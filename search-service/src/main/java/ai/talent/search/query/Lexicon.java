package ai.talent.search.query;

import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.domain.text.RecruiterLexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every phrase the rules recognise, by key ({@link Words#key}): the search team's lexicon of roles, domains,
 * regions, remote work, seniority, spoken languages and availability (shared-domain's {@link RecruiterLexicon}),
 * and every skill name, Korean name and alias of the taxonomy. Also answers fuzzy skill lookups for misspellings.
 */
final class Lexicon {

    /** A phrase's meaning; {@code caseSensitive} phrases (two-letter acronyms) match only as typed in capitals. */
    record Entry(ConstraintKind kind, String value, String label, int priority, boolean caseSensitive) {
    }

    private final Map<String, List<Entry>> byKey = new HashMap<>();
    private final Map<String, Skill> fuzzySkillKeys = new HashMap<>();
    /** Keys of the phrases of two or more Latin words, by key length (misspelt phrases are looked up among these). */
    private final Map<Integer, List<String>> latinPhraseKeysByLength = new HashMap<>();
    /** How many words each of those phrases has. */
    private final Map<String, Integer> latinPhraseWords = new HashMap<>();
    /** Keys of known phrases of two or more words holding Hangul, with their word counts ("특허 명세서 번역"). */
    private final Map<String, Integer> hangulPhraseWords = new HashMap<>();
    /** Latin one-word phrases of the recruiters' lexicon (not skills) a misspelt word may mean ("senor", "traveel"). */
    private final Set<String> fuzzyWordKeys = new HashSet<>();
    /**
     * One-word Hangul phrases {@link #fuzzyWord} corrects: domains, places, seniorities, remote work ("핀테크", "재택",
     * "시니어"); not skills, and not roles, whose short Korean titles sit one letter from common words ("블로거",
     * "블로그").
     */
    private final Set<String> hangulWordKeys = new HashSet<>();
    /** The role a skill's name makes of a word for a person after it ("콘텐츠 마케팅 매니저"), by skill id. */
    private final Map<String, String> roleTitledBySkill = new HashMap<>();
    /** The role a title names without its word for a person ("iOS", "안드로이드", "Full-stack"), by key; unique only. */
    private final Map<String, String> roleByShortTitle = new HashMap<>();
    private final int longestPhraseWords;
    private final SkillTaxonomy taxonomy;

    Lexicon(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
        int longest = 1;
        for (RecruiterLexicon.Row row : RecruiterLexicon.standard().rows()) {
            ConstraintKind kind = switch (row.kind()) {
                case "role" -> ConstraintKind.ROLE;
                case "domain" -> ConstraintKind.DOMAIN;
                case "region" -> ConstraintKind.REGION;
                case "remote" -> ConstraintKind.REMOTE;
                case "seniority" -> ConstraintKind.SENIORITY;
                case "language" -> ConstraintKind.LANGUAGE;
                case "availability" -> ConstraintKind.AVAILABILITY;
                default -> throw new IllegalStateException(RecruiterLexicon.RESOURCE + ": unknown kind '"
                        + row.kind() + "'");
            };
            for (String phrase : row.phrases()) {
                // a phrase that is both a role and a skill's alias ("데이터 분석가", "video editor", "통역사") names the
                // person asked for: the role; an industry word that is also a skill's alias ("물류") is the domain
                int priority = kind == ConstraintKind.ROLE || kind == ConstraintKind.DOMAIN ? 3 : 1;
                add(phrase, new Entry(kind, row.key(), label(kind, row.key(), phrase), priority, false));
                longest = Math.max(longest, Words.split(phrase).size());
            }
        }
        for (Skill skill : taxonomy.all()) {
            List<String> names = new ArrayList<>(skill.aliases());
            names.add(0, skill.nameKo());
            names.add(0, skill.nameEn());
            names.add(skill.id());
            for (String name : names) {
                String key = Words.key(name);
                boolean acronym = key.length() <= 2 && key.chars().allMatch(c -> c < 128 && Character.isLetter(c));
                add(name, new Entry(ConstraintKind.SKILL, skill.id(), skill.nameEn(), 2, acronym));
                longest = Math.max(longest, Words.split(name).size());
                if (key.length() >= (Words.isHangul(key.charAt(0)) ? 3 : 4)) {
                    fuzzySkillKeys.merge(key, skill, (a, b) -> a.popularity() >= b.popularity() ? a : b);
                }
            }
        }
        this.longestPhraseWords = longest;
        List<RecruiterLexicon.Row> roles = RecruiterLexicon.standard().rows().stream()
                .filter(r -> r.kind().equals("role")).toList();
        Map<RecruiterLexicon.Row, List<List<String>>> titleWords = new HashMap<>();
        roles.forEach(r -> titleWords.put(r, r.phrases().stream().map(Lexicon::wordKeys).toList()));
        for (Skill skill : taxonomy.all()) {
            String role = roleTitledBy(skill, roles, titleWords);
            if (role != null) {
                roleTitledBySkill.put(skill.id(), role);
            }
        }
        // a title less its last word names its role only when no other role's title is those words and one more
        // ("Data" could be a data analyst, a data engineer or a data scientist)
        Map<String, Set<String>> rolesByLeadingWords = new HashMap<>();
        for (RecruiterLexicon.Row role : roles) {
            for (String phrase : role.phrases()) {
                List<String> words = wordKeys(phrase);
                if (words.size() >= 2) {
                    rolesByLeadingWords.computeIfAbsent(String.join("", words.subList(0, words.size() - 1)),
                            k -> new HashSet<>()).add(role.key());
                }
            }
        }
        for (RecruiterLexicon.Row role : roles) {
            for (String phrase : role.phrases()) {
                List<String> words = wordKeys(phrase);
                if (words.size() < 2 || !SHORTENED_TITLE_ENDS.contains(words.get(words.size() - 1))) {
                    continue;
                }
                String key = String.join("", words.subList(0, words.size() - 1));
                boolean latin = key.chars().allMatch(c -> c < 128);
                if (key.length() >= (latin ? 3 : 2) && rolesByLeadingWords.get(key).size() == 1) {
                    roleByShortTitle.put(key, role.key());
                }
            }
        }
    }

    /** The words a title may drop and still name its role ("iOS developer" → "iOS", "블록체인 개발자" → "블록체인"). */
    private static final Set<String> SHORTENED_TITLE_ENDS = Set.of("developer", "engineer", "programmer", "dev",
            "개발자", "엔지니어", "프로그래머");

    /** The role a title names without its last word ("Full-stack" a full-stack developer), or null. */
    String roleByShortTitle(String key) {
        return roleByShortTitle.get(key);
    }

    /**
     * The role one of whose titles begins with one of the skill's names, word for word, the name's last word allowed
     * to be a stem of the title's ("content marketing" → content marketer, "시장 조사" → 시장 조사 전문가, "통역" →
     * 통역사, "video editing" → video editor; not "GraphQL" → graphic designer nor "data entry" → data engineer):
     * titles of the skill's own category first; null when no role or two roles equally.
     */
    private static String roleTitledBy(Skill skill, List<RecruiterLexicon.Row> roles,
                                       Map<RecruiterLexicon.Row, List<List<String>>> titleWords) {
        List<String> all = new ArrayList<>(skill.aliases());
        all.add(skill.nameEn());
        all.add(skill.nameKo());
        List<List<String>> names = all.stream().map(Lexicon::wordKeys).toList();
        for (boolean sameCategory : new boolean[] {true, false}) {
            Map<String, Integer> hits = new HashMap<>();
            for (RecruiterLexicon.Row role : roles) {
                if ((role.category() == skill.category()) != sameCategory) {
                    continue;
                }
                for (List<String> title : titleWords.get(role)) {
                    for (List<String> name : names) {
                        if (titles(name, title)) {
                            hits.merge(role.key(), 1, Integer::sum);
                        }
                    }
                }
            }
            if (!hits.isEmpty()) {
                int most = hits.values().stream().mapToInt(Integer::intValue).max().orElse(0);
                List<String> best = hits.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey)
                        .toList();
                return best.size() == 1 ? best.get(0) : null;
            }
        }
        return null;
    }

    private static List<String> wordKeys(String phrase) {
        return Words.split(phrase).stream().map(w -> Words.key(w.text())).filter(k -> !k.isEmpty()).toList();
    }

    /** Whether a title begins with the name: the same words, the last one the same or, as a stem, its beginning. */
    private static boolean titles(List<String> name, List<String> title) {
        int k = name.size();
        if (k == 0 || title.size() < k || !name.subList(0, k - 1).equals(title.subList(0, k - 1))) {
            return false;
        }
        String last = name.get(k - 1);
        String word = title.get(k - 1);
        if (last.equals(word)) {
            return true;
        }
        boolean hangul = Words.isHangul(last.charAt(0));
        if (hangul) {
            // 통역 → 통역사 (a lone name whole); 콘텐츠 마케팅 → 콘텐츠 마케터 (after a shared word, less its last syllable)
            return last.length() >= 2 && word.startsWith(k >= 2 && last.length() > 2
                    ? last.substring(0, last.length() - 1) : last);
        }
        // marketing → marketer, editing → editor: only after a first word shared (a lone name must be the word)
        return k >= 2 && commonPrefix(last, word) >= Math.max(4, (last.length() + 1) / 2);
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** The role a skill's name followed by a word for a person names ("SNS 운영 담당자"), or null. */
    String roleTitledBySkill(String skillId) {
        return roleTitledBySkill.get(skillId);
    }

    private void add(String phrase, Entry entry) {
        String key = Words.key(phrase);
        if (key.isEmpty()) {
            return;
        }
        int wordCount = Words.split(phrase).size();
        if (!byKey.containsKey(key) && wordCount >= 2 && key.chars().allMatch(c -> c < 128)) {
            latinPhraseKeysByLength.computeIfAbsent(key.length(), n -> new ArrayList<>()).add(key);
            latinPhraseWords.put(key, wordCount);
        }
        if (!byKey.containsKey(key) && wordCount >= 2 && key.length() >= MIN_FUZZY_HANGUL_PHRASE
                && key.chars().anyMatch(c -> Words.isHangul((char) c))) {
            hangulPhraseWords.put(key, wordCount);
        }
        if (entry.kind() != ConstraintKind.SKILL && key.length() >= 5 && wordCount == 1
                && key.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
            fuzzyWordKeys.add(key);
        }
        if (entry.kind() != ConstraintKind.SKILL && entry.kind() != ConstraintKind.ROLE && wordCount == 1
                && key.length() >= 2 && key.chars().allMatch(c -> Words.isHangul((char) c))) {
            hangulWordKeys.add(key);
        }
        List<Entry> entries = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (entries.stream().noneMatch(e -> e.kind() == entry.kind() && e.value().equals(entry.value()))) {
            entries.add(entry);
            entries.sort(Comparator.comparingInt(Entry::priority).reversed());
        }
    }

    private static String label(ConstraintKind kind, String value, String phrase) {
        return switch (kind) {
            case REGION, ROLE, DOMAIN -> value;
            default -> phrase;
        };
    }

    int longestPhraseWords() {
        return longestPhraseWords;
    }

    List<Entry> lookup(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /**
     * The skill a misspelt word most likely means: a taxonomy key within one edit (two for words of eight or more
     * characters), the most popular on ties; null when none or when two different skills are equally near.
     */
    Skill fuzzySkill(String key) {
        String found = fuzzySkillKey(key);
        return found == null ? null : fuzzySkillKeys.get(found);
    }

    /**
     * The taxonomy key (a skill's name, Korean name or alias) a misspelt word most likely is, as {@link #fuzzySkill}
     * finds it; the lexicon's entries for it ({@link #lookup}) say everything that name means ("일러스스트레이터" is
     * the illustrator as much as "일러스트레이터" is). For Hangul, one syllable swapped, or two adjacent ones
     * exchanged; a syllable more or less only in words of six or more ("일러스스트레이터"): dropping one from a short
     * word changes the word ("디자이너" is not "웹디자이너").
     */
    String fuzzySkillKey(String key) {
        int max = key.length() >= 8 ? 2 : 1;
        String best = null;
        Skill bestSkill = null;
        int bestDistance = max + 1;
        boolean tie = false;
        boolean hangul = Words.isHangul(key.charAt(0));
        for (Map.Entry<String, Skill> e : fuzzySkillKeys.entrySet()) {
            String candidate = e.getKey();
            Skill skill = e.getValue();
            int lengthGap = Math.abs(candidate.length() - key.length());
            if (hangul && (lengthGap > 1 || lengthGap == 1 && Math.min(candidate.length(), key.length()) < 6
                    || key.length() <= 3 && !oneJamoApart(key, candidate))) {
                continue;
            }
            int d = Words.distance(key, candidate, max);
            if (hangul && lengthGap == 1 && d > 1) {
                continue;
            }
            if (d < bestDistance) {
                best = candidate;
                bestSkill = skill;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && bestSkill != null && !bestSkill.id().equals(skill.id())) {
                tie = skill.popularity() == bestSkill.popularity();
                if (skill.popularity() > bestSkill.popularity()) {
                    best = candidate;
                    bestSkill = skill;
                }
            }
        }
        return bestDistance <= max && !tie ? best : null;
    }

    /**
     * Whether two Hangul words of the same length differ in one letter of one syllable ("블랜더" and "블렌더": a vowel):
     * in a word of three syllables or fewer a whole syllable changed is usually another word ("브랜드", "브랜딩").
     */
    static boolean oneJamoApart(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < a.length(); i++) {
            int x = a.charAt(i) - 0xAC00;
            int y = b.charAt(i) - 0xAC00;
            if (x == y) {
                continue;
            }
            if (x < 0 || y < 0 || x >= 11172 || y >= 11172) {
                return false;
            }
            letters += (x / 588 != y / 588 ? 1 : 0) + ((x % 588) / 28 != (y % 588) / 28 ? 1 : 0)
                    + (x % 28 != y % 28 ? 1 : 0);
        }
        return letters == 1;
    }

    /**
     * An acronym of three or four capitals with two adjacent letters exchanged ("JKD" for JDK, "PPH" for PHP): the one
     * skill key that exchange gives, or null. Only exchanges: a letter changed in so short a word names another thing.
     */
    String transposedAcronymKey(String typed) {
        if (typed.length() < 3 || typed.length() > 4 || !typed.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return null;
        }
        String key = Words.key(typed);
        String found = null;
        for (int k = 0; k + 1 < key.length(); k++) {
            if (key.charAt(k) == key.charAt(k + 1)) {
                continue;
            }
            String swapped = key.substring(0, k) + key.charAt(k + 1) + key.charAt(k) + key.substring(k + 2);
            if (lookup(swapped).stream().anyMatch(e -> e.kind() == ConstraintKind.SKILL)) {
                if (found != null && !found.equals(swapped)) {
                    return null;
                }
                found = swapped;
            }
        }
        return found;
    }

    /**
     * The entries of the one known phrase of two or more Latin words that a misspelt run of words most likely means
     * ("youtbue video editing", "Ruby onn Rails", "natural language processing enngineer"): its key within one edit
     * of {@code key}, which must be Latin and at least {@value #MIN_FUZZY_PHRASE} characters long, and of the same
     * number of words (a letter of the next word is not a misspelling: "market researcher w/", "frontend engineer
     * (C language)"); empty when none is, or when phrases naming different things are equally near. A run holding
     * Hangul ("특허 명새서 번역", "사네 시스템 개발") is the known phrase of as many words and at least
     * {@value #MIN_FUZZY_HANGUL_PHRASE} characters with one letter of one syllable changed.
     */
    List<Entry> fuzzyPhrase(String key, int words) {
        if (key.chars().anyMatch(c -> Words.isHangul((char) c))) {
            return fuzzyHangulPhrase(key, words);
        }
        if (key.length() < MIN_FUZZY_PHRASE || !key.chars().allMatch(c -> c < 128)) {
            return List.of();
        }
        List<String> candidates = new ArrayList<>();
        for (int length = key.length() - 1; length <= key.length() + 1; length++) {
            for (String candidate : latinPhraseKeysByLength.getOrDefault(length, List.of())) {
                if (latinPhraseWords.get(candidate) == words) {
                    candidates.add(candidate);
                }
            }
        }
        return oneEditFrom(key, candidates);
    }

    /**
     * The entries of the one thing the keys within one edit of {@code key} name; empty when none or several. The edit
     * is a letter's: the digits must be the same ones in both ("web developer" is not a misspelt "Web3 developer").
     */
    private List<Entry> oneEditFrom(String key, Iterable<String> candidates) {
        String digits = digits(key);
        return oneThingNear(candidates, candidate -> Words.distance(key, candidate, 1) <= 1
                && digits.equals(digits(candidate)));
    }

    private static String digits(String key) {
        return key.replaceAll("[^0-9]", "");
    }

    /** The entries of the one thing the candidate keys {@code near} accepts name; empty when none or several. */
    private List<Entry> oneThingNear(Iterable<String> candidates, java.util.function.Predicate<String> near) {
        String found = null;
        for (String candidate : candidates) {
            if (near.test(candidate)) {
                if (found != null && !sameThing(byKey.get(found), byKey.get(candidate))) {
                    return List.of();
                }
                found = candidate;
            }
        }
        return found == null ? List.of() : byKey.get(found);
    }

    private static final int MIN_FUZZY_PHRASE = 9;
    private static final int MIN_FUZZY_HANGUL_PHRASE = 5;

    private List<Entry> fuzzyHangulPhrase(String key, int words) {
        if (key.length() < MIN_FUZZY_HANGUL_PHRASE) {
            return List.of();
        }
        return oneThingNear(hangulPhraseWords.keySet(),
                candidate -> hangulPhraseWords.get(candidate) == words && oneJamoApart(key, candidate));
    }

    /**
     * The lexicon entries (a seniority, a domain, a place, remote work: not skills) a misspelt word most likely means:
     * for a Latin word of five letters or more, the one-word phrase within one edit ("senor" senior, "traveel"
     * travel); for a Hangul word, the one-word phrase it gives with a syllable typed twice taken once ("재재택") or,
     * in a word of three syllables or more, the one with one letter of one syllable changed ("피테크" 핀테크). Empty
     * when none, or when two phrases naming different things are equally near.
     */
    List<Entry> fuzzyWord(String key) {
        List<Entry> entries;
        if (!key.isEmpty() && key.chars().allMatch(c -> Words.isHangul((char) c))) {
            entries = fuzzyHangulWord(key);
        } else if (key.length() >= 5 && key.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
            entries = oneEditFrom(key, fuzzyWordKeys);
        } else {
            return List.of();
        }
        return entries.stream().filter(e -> e.kind() != ConstraintKind.SKILL).toList();
    }

    private List<Entry> fuzzyHangulWord(String key) {
        for (int k = 0; k + 1 < key.length(); k++) {
            if (key.charAt(k) != key.charAt(k + 1)) {
                continue;
            }
            String once = key.substring(0, k) + key.substring(k + 1);
            if (hangulWordKeys.contains(once)) {
                return byKey.get(once);
            }
        }
        return key.length() < 3 ? List.of() : oneThingNear(hangulWordKeys, candidate -> oneJamoApart(key, candidate));
    }

    private static boolean sameThing(List<Entry> a, List<Entry> b) {
        return a.get(0).kind() == b.get(0).kind() && a.get(0).value().equals(b.get(0).value());
    }

    SkillTaxonomy taxonomy() {
        return taxonomy;
    }
}
