package ai.talent.sim;

import java.util.List;
import java.util.random.RandomGenerator;

/** Person and company names for simulated profiles (Korean and English). */
final class Names {

    private static final List<String> FAMILY = List.of("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한",
            "오", "서", "신", "권", "황", "안", "송", "류", "홍", "전", "고", "문", "양", "손", "배", "백", "허", "남", "노");
    private static final List<String> GIVEN = List.of("민", "서", "지", "현", "준", "우", "윤", "예", "하", "도", "수",
            "영", "은", "진", "성", "태", "연", "아", "호", "유", "재", "승", "채", "다", "주", "혜", "원", "경", "소", "나");
    private static final List<String> EN_FIRST = List.of("Alex", "Sam", "Jamie", "Chris", "Taylor", "Jordan",
            "Morgan", "Daniel", "Sarah", "Emily", "Kevin", "Grace", "Brian", "Hannah", "Ryan", "Olivia", "Eric",
            "Sophie", "David", "Julia");
    private static final List<String> EN_LAST = List.of("Kim", "Lee", "Park", "Choi", "Smith", "Brown", "Nguyen",
            "Tanaka", "Garcia", "Müller", "Wilson", "Chen", "Martin", "Jung", "Kang");
    private static final List<String> COMPANY_HEAD = List.of("한빛", "새롬", "누리", "다온", "하늘", "바른", "푸른",
            "별빛", "미래", "온길", "Blue", "Nova", "Bright", "Hana", "Pine", "Orbit", "Seoul", "Coral", "Maple", "Atlas");
    private static final List<String> COMPANY_TAIL = List.of("소프트", "랩스", "테크", "스튜디오", "컴퍼니", "파트너스",
            "커머스", "헬스", "에듀", "미디어", " Labs", " Soft", " Studio", " Inc.", " Works", " Digital");

    private Names() {
    }

    static String korean(RandomGenerator rng) {
        return Draw.uniform(FAMILY, rng) + Draw.uniform(GIVEN, rng) + Draw.uniform(GIVEN, rng);
    }

    static String english(RandomGenerator rng) {
        return Draw.uniform(EN_FIRST, rng) + " " + Draw.uniform(EN_LAST, rng);
    }

    static String company(RandomGenerator rng) {
        return Draw.uniform(COMPANY_HEAD, rng) + Draw.uniform(COMPANY_TAIL, rng);
    }
}
