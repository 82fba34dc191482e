package ai.talent.search.index;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillLevel;
import java.util.List;

/** A dozen hand-written profiles, Korean, English and mixed, that the contract suite indexes in every back end. */
public final class ContractProfiles {

    private ContractProfiles() {
    }

    public static final Freelancer SEOUL_REACT = new Freelancer("c-seoul-react", "김민준", "서울 리액트 프론트엔드 개발자",
            "서울에서 6년째 React와 TypeScript로 웹 서비스를 만들고 있습니다. 핀테크 결제 화면과 백오피스를 주로 개발했습니다.",
            Language.KO, List.of(new SkillLevel("react", 5, 6), new SkillLevel("typescript", 4, 5)), Money.krw(55_000),
            Region.SEOUL, true, List.of("ko"), 40, 4.8, 21, 25);
    public static final Freelancer BUSAN_KOTLIN = new Freelancer("c-busan-kotlin", "Daniel Park",
            "Senior Kotlin backend engineer, fintech",
            "Ten years building payment backends with Kotlin and Spring Boot for banks and fintech start-ups.",
            Language.EN, List.of(new SkillLevel("kotlin", 5, 9), new SkillLevel("spring-boot", 5, 10)),
            Money.krw(90_000), Region.BUSAN, false, List.of("ko", "en"), 20, 4.9, 35, 40);
    public static final Freelancer JUNIOR_REACT = new Freelancer("c-junior-react", "이서연", "주니어 React 개발자",
            "React로 개인 프로젝트를 두 개 만들었습니다. 빠르게 배우고 꼼꼼하게 작업합니다.",
            Language.MIXED, List.of(new SkillLevel("react", 2, 1), new SkillLevel("javascript", 3, 2)),
            Money.krw(25_000), Region.GYEONGGI, true, List.of("ko"), 30, 4.2, 3, 2);
    public static final Freelancer DESIGNER = new Freelancer("c-designer", "Mina Choi", "UI/UX 디자이너 (Figma)",
            "모바일 앱과 웹 서비스의 UI/UX를 Figma로 설계합니다. 디자인 시스템 구축 경험이 있습니다.",
            Language.MIXED, List.of(new SkillLevel("figma", 5, 7), new SkillLevel("ui-design", 4, 7)),
            Money.krw(60_000), Region.SEOUL, true, List.of("ko", "en"), 25, 4.7, 18, 20);
    public static final Freelancer DATA_ENGINEER = new Freelancer("c-data", "Alex Kim", "Data engineer, Python and Spark",
            "I design batch and streaming pipelines in Python and Spark, and model warehouses for analytics teams.",
            Language.EN, List.of(new SkillLevel("python", 5, 8), new SkillLevel("spark", 4, 5)), Money.krw(80_000),
            Region.INCHEON, true, List.of("en"), 40, 4.6, 12, 15);
    public static final Freelancer TRANSLATOR = new Freelancer("c-translator", "박지훈", "한영 번역가",
            "IT 문서와 마케팅 콘텐츠를 한국어와 영어로 번역합니다. 기술 문서 번역 10년 경력입니다.",
            Language.KO, List.of(new SkillLevel("ko-en-translation", 5, 10)), Money.krw(35_000), Region.DAEJEON, true,
            List.of("ko", "en"), 35, 4.9, 40, 60);
    public static final Freelancer VIDEO = new Freelancer("c-video", "최유나", "유튜브 영상 편집자",
            "유튜브 채널의 영상 편집과 썸네일 제작을 합니다. 프리미어 프로와 애프터 이펙트를 씁니다.",
            Language.KO, List.of(new SkillLevel("youtube-editing", 4, 4), new SkillLevel("premiere-pro", 4, 4)),
            Money.krw(30_000), Region.SEOUL, true, List.of("ko"), 20, 4.5, 9, 11);
    public static final Freelancer BACKEND_KO = new Freelancer("c-backend-ko", "정하늘", "백엔드개발자 (Spring Boot)",
            "스프링 부트와 JPA로 커머스 백엔드를 개발합니다. AWS 운영 경험이 있습니다.",
            Language.MIXED, List.of(new SkillLevel("spring-boot", 4, 5), new SkillLevel("java", 4, 6)),
            Money.krw(65_000), Region.GYEONGGI, false, List.of("ko"), 40, 4.4, 8, 9);

    public static List<Freelancer> all() {
        return List.of(SEOUL_REACT, BUSAN_KOTLIN, JUNIOR_REACT, DESIGNER, DATA_ENGINEER, TRANSLATOR, VIDEO, BACKEND_KO);
    }
}
