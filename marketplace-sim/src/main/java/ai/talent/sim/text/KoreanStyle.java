package ai.talent.sim.text;

import java.util.Map;

/**
 * Korean speech level of a text: formal (합니다), polite (해요), plain written (한다), or résumé noun endings
 * (개발함, 경험 있음). Templates write {@code <key>} and the style picks the ending.
 */
enum KoreanStyle {
    FORMAL,
    POLITE,
    PLAIN,
    NOUN;

    /** Endings per key: formal, polite, plain, noun; alternatives within one style separated by '|'. */
    private static final Map<String, String[]> ENDINGS = Map.ofEntries(
            Map.entry("V하다", new String[] {"합니다", "해요", "한다", "함"}),
            Map.entry("A하다", new String[] {"합니다", "해요", "하다", "함"}),
            Map.entry("했다", new String[] {"했습니다", "했어요", "했다", "했음|함"}),
            Map.entry("해왔다", new String[] {"해 왔습니다|해왔습니다", "해 왔어요|해왔어요", "해 왔다|해왔다", "해 옴|함"}),
            Map.entry("있다", new String[] {"있습니다", "있어요", "있다", "있음|보유"}),
            Map.entry("없다", new String[] {"없습니다", "없어요", "없다", "없음"}),
            Map.entry("되다", new String[] {"됩니다", "돼요", "된다", "됨"}),
            Map.entry("됐다", new String[] {"되었습니다|됐습니다", "됐어요", "되었다", "됨"}),
            Map.entry("드리다", new String[] {"드립니다|드리겠습니다", "드려요|드릴게요", "드린다", "드림"}),
            Map.entry("싶다", new String[] {"싶습니다", "싶어요", "싶다", "희망"}),
            Map.entry("많다", new String[] {"많습니다", "많아요", "많다", "다수"}),
            Map.entry("맡았다", new String[] {"맡았습니다", "맡았어요", "맡았다", "담당"}),
            Map.entry("받았다", new String[] {"받았습니다", "받았어요", "받았다", "받음"}),
            Map.entry("써왔다", new String[] {"사용해 왔습니다|써 왔습니다", "써 왔어요|사용해 왔어요", "사용해 왔다", "사용"}),
            Map.entry("주세요", new String[] {"주십시오|주시기 바랍니다|주세요", "주세요", "주기 바란다", "바람"}),
            Map.entry("있다면", new String[] {"있으시면", "있으시면", "있다면", "있을 시"}),
            Map.entry("합니다만", new String[] {"합니다", "해요", "한다", "함"}),
            Map.entry("중이다", new String[] {"중입니다", "중이에요", "중이다", "중"}),
            Map.entry("이다", new String[] {"입니다", "이에요", "이다", ""}),
            Map.entry("예정이다", new String[] {"예정입니다", "예정이에요", "예정이다", "예정"}),
            Map.entry("찾는다", new String[] {"찾습니다|모십니다", "찾고 있어요|찾아요", "찾는다", "구함"}),
            Map.entry("다루다", new String[] {"다룹니다", "다뤄요", "다룬다", "다룸"}),
            Map.entry("쓰다", new String[] {"씁니다", "써요", "쓴다", "씀"}),
            Map.entry("일해왔다", new String[] {"일해 왔습니다", "일해 왔어요", "일해 왔다", "근무"}),
            Map.entry("보유하다", new String[] {"보유하고 있습니다", "가지고 있어요", "보유하고 있다", "보유"}),
            Map.entry("생각하다", new String[] {"생각합니다", "생각해요", "생각한다", "생각함"}),
            Map.entry("노력하다", new String[] {"노력합니다", "노력해요", "노력한다", "노력함"}),
            Map.entry("지킨다", new String[] {"지킵니다", "지켜요", "지킨다", "준수"}),
            Map.entry("기다리다", new String[] {"기다리겠습니다", "기다릴게요", "기다린다", "대기"}),
            Map.entry("감사하다", new String[] {"감사합니다|고맙습니다", "감사해요|고맙습니다", "감사하다", "감사"}),
            Map.entry("좋다", new String[] {"좋습니다", "좋아요", "좋다", "우대"}),
            Map.entry("저는", new String[] {"저는", "저는", "", ""}),
            Map.entry("제가", new String[] {"제가", "제가", "", ""}),
            Map.entry("저의", new String[] {"제", "제", "", ""}),
            Map.entry("바란다", new String[] {"바랍니다", "바라요", "바란다", "바람"}));

    /** The ending for {@code key} in this style; a copula (이다) is adjusted to the preceding word. */
    String ending(String key, String precedingWord) {
        String[] forms = ENDINGS.get(key);
        if (forms == null) {
            throw new IllegalArgumentException("Unknown ending key <" + key + ">; known: " + ENDINGS.keySet());
        }
        String form = forms[ordinal()];
        if (key.equals("이다")) {
            boolean vowel = !Hangul.hasFinalConsonant(precedingWord);
            return switch (this) {
                case FORMAL -> "입니다";
                case POLITE -> vowel ? "예요" : "이에요";
                case PLAIN -> vowel ? "다" : "이다";
                case NOUN -> "";
            };
        }
        return form;
    }
}
