package ai.talent.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.skill.SkillTaxonomy;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of query understanding, case by case in Korean, English and mixed queries: every constraint found
 * (kind=value, a skill by taxonomy id, a rate in KRW/hour with dollars at 1,400 won), the words left as free
 * text, and the query shape fusion weighs it by.
 */
class QueryParserTests {

    private static final QueryParser PARSER = new QueryParser(SkillTaxonomy.standard(), 1400);

    static Stream<Arguments> cases() {
        return Stream.of(
                row("리액트 개발자", "SKILL=react", "개발자", "ko.short"),
                row("React developer in Seoul", "SKILL=react REGION=SEOUL", "developer", "en.short"),
                row("Seoul-based React developer", "REGION=SEOUL SKILL=react", "developer", "en.short"),
                row("서울에서 리액트 개발자를 찾습니다", "REGION=SEOUL SKILL=react", "개발자를", "ko.short"),
                row("ReactJS 프론트엔드 3년 이상", "SKILL=react ROLE=Frontend developer MIN_YEARS=3", "", "mixed.short"),
                row("Vue.js 프론트 개발자 경기", "SKILL=vue ROLE=Frontend developer REGION=GYEONGGI", "", "mixed.short"),
                row("뷰 개발자 판교", "SKILL=vue REGION=GYEONGGI", "개발자", "ko.short"),
                row("타입스크립트 Next.js 풀스택 개발자", "SKILL=typescript SKILL=next-js ROLE=Full-stack developer", "", "mixed.short"),
                row("nodejs backend engineer, remote ok", "SKILL=nodejs ROLE=Backend developer REMOTE=true", "", "en.long"),
                row("Node 백엔드 재택", "SKILL=nodejs ROLE=Backend developer REMOTE=true", "", "mixed.short"),
                row("파이썬 데이터 분석가 시급 4만원 이하", "SKILL=python ROLE=Data analyst MAX_RATE=40000", "", "ko.long"),
                row("python data analyst under 40k/hr", "SKILL=python ROLE=Data analyst MAX_RATE=40000", "", "en.long"),
                row("Pyhton data scientist", "SKILL=python ROLE=Data scientist", "", "en.short"),
                row("SNS 운영 담당자 부동산", "ROLE=Social media manager DOMAIN=real-estate", "", "mixed.short"),
                row("iOS 리모트 영어 소통", "SKILL=ios ROLE=iOS developer REMOTE=true LANGUAGE=en", "", "mixed.short"),
                row("Full-stack 핀테크 분야", "ROLE=Full-stack developer DOMAIN=fintech", "", "mixed.short"),
                row("블록체인 2년차 이상 원격 가능", "SKILL=blockchain ROLE=Blockchain developer MIN_YEARS=2 REMOTE=true", "", "ko.long"),
                row("Data 5+ years remote", "MIN_YEARS=5 REMOTE=true", "Data", "en.short"),
                row("senor CRM marketer, traveel domain", "SENIORITY=senior ROLE=CRM marketer DOMAIN=travel", "domain", "en.long"),
                row("디지털광고 마케터 스마트스토어", "ROLE=Performance marketer SKILL=smartstore", "", "ko.short"),
                row("틱톡 쓰는브랜드 마케터", "SKILL=tiktok-marketing ROLE=Brand marketer", "", "ko.short"),
                row("웹 콘텐츠 라이터 재택", "ROLE=Content writer REMOTE=true", "웹", "ko.short"),
                row("FE engineer React 3년 이상", "ROLE=Frontend developer SKILL=react MIN_YEARS=3", "", "mixed.long"),
                row("콘텐츠 마케팅 매니저 인천", "ROLE=Content marketer REGION=INCHEON", "", "ko.short"),
                row("시장조사 컨설턴트 경기", "ROLE=Market researcher REGION=GYEONGGI", "", "ko.short"),
                row("모션그래픽 아티스트 시니어", "ROLE=Motion designer SENIORITY=senior", "", "ko.short"),
                row("content marketing manager, remote", "ROLE=Content marketer REMOTE=true", "", "en.short"),
                row("콘텐츠 마케팅, 매니저급", "SKILL=content-marketing", "매니저급", "ko.short"),
                row("Ruby onn Rails 시급 4.5만원 이하", "SKILL=rails MAX_RATE=45000", "", "mixed.long"),
                row("youtbue video editing seoul", "SKILL=youtube-editing REGION=SEOUL", "", "en.short"),
                row("natural language processing enngineer, remote", "ROLE=NLP engineer REMOTE=true", "", "en.long"),
                row("ruby rails postgresql", "SKILL=ruby SKILL=rails SKILL=postgresql", "", "en.short"),
                row("Kotlni android developer", "SKILL=kotlin ROLE=Android developer", "", "en.short"),
                row("안드로이드 개발자 경력 7년 이상", "ROLE=Android developer MIN_YEARS=7", "", "ko.long"),
                row("iOS 앱 개발자 Swift 5년차", "ROLE=iOS developer SKILL=swift MIN_YEARS=5", "", "mixed.long"),
                row("swift ios engineer 5+ yrs", "SKILL=swift ROLE=iOS developer MIN_YEARS=5", "", "en.long"),
                row("Spring Boot 백엔드 시니어", "SKILL=spring-boot ROLE=Backend developer SENIORITY=senior", "", "mixed.short"),
                row("스프링 부트 백엔드 개발자 부산", "SKILL=spring-boot ROLE=Backend developer REGION=BUSAN", "", "ko.long"),
                row("java spring backend dev busan, max 70k/hr", "SKILL=java SKILL=spring ROLE=Backend developer REGION=BUSAN MAX_RATE=70000", "", "en.long"),
                row("Go 서버 개발자", "SKILL=go ROLE=Backend developer", "", "mixed.short"),
                row("golang backend developer", "SKILL=go ROLE=Backend developer", "", "en.short"),
                row("C# 게임 개발자 유니티", "SKILL=csharp ROLE=Game developer SKILL=unity", "", "ko.short"),
                row("Unity game developer, 10+ years", "SKILL=unity ROLE=Game developer MIN_YEARS=10", "", "en.long"),
                row("C++ 임베디드 개발자 대전", "SKILL=cpp ROLE=Embedded software engineer REGION=DAEJEON", "", "ko.short"),
                row("embedded engineer C++ firmware", "ROLE=Embedded software engineer SKILL=cpp SKILL=embedded", "", "en.short"),
                row("데브옵스 엔지니어 AWS 쿠버네티스", "ROLE=DevOps engineer SKILL=aws SKILL=kubernetes", "", "mixed.short"),
                row("DevOps engineer AWS Kubernetes remote", "ROLE=DevOps engineer SKILL=aws SKILL=kubernetes REMOTE=true", "", "en.long"),
                row("Docker k8s SRE", "SKILL=docker SKILL=kubernetes ROLE=DevOps engineer", "", "en.short"),
                row("머신러닝 엔지니어 파이토치", "ROLE=Machine learning engineer SKILL=pytorch", "", "ko.short"),
                row("ML engineer PyTorch, fluent English", "ROLE=Machine learning engineer SKILL=pytorch LANGUAGE=en", "", "en.long"),
                row("LLM 엔지니어 RAG 경험", "ROLE=NLP engineer SKILL=rag", "", "mixed.short"),
                row("NLP engineer with LLM apps experience", "ROLE=NLP engineer SKILL=llm-apps", "", "en.long"),
                row("UI/UX 디자이너 피그마", "ROLE=UI/UX designer SKILL=figma", "", "mixed.short"),
                row("figma ui designer junior", "SKILL=figma ROLE=UI/UX designer SENIORITY=junior", "", "en.short"),
                row("포토샵 일러스트레이터 그래픽 디자이너", "SKILL=photoshop SKILL=illustrator ROLE=Graphic designer", "", "ko.short"),
                row("graphic designer photoshop illustrator", "ROLE=Graphic designer SKILL=photoshop SKILL=illustrator", "", "en.short"),
                row("영상 편집자 프리미어 유튜브", "ROLE=Video editor SKILL=premiere-pro", "유튜브", "ko.short"),
                row("youtube video editor premiere pro", "ROLE=Video editor SKILL=premiere-pro", "youtube", "en.long"),
                row("한영 번역가 영어 능통", "SKILL=ko-en-translation LANGUAGE=en", "", "ko.short"),
                row("Korean-English translator", "SKILL=ko-en-translation ROLE=Translator", "", "en.short"),
                row("퍼포먼스 마케터 구글 애즈", "ROLE=Performance marketer SKILL=google-ads", "", "ko.short"),
                row("인스타그램 마케팅 광고 운영 마케터", "SKILL=instagram-marketing ROLE=Performance marketer", "", "ko.long"),
                row("SNS 마케터 부동산", "ROLE=Social media manager DOMAIN=real-estate", "", "mixed.short"),
                row("community manager, game industry, remote", "ROLE=Social media manager DOMAIN=game REMOTE=true", "", "en.long"),
                row("그로스 해커 3년 이상", "ROLE=Growth marketer MIN_YEARS=3", "", "ko.short"),
                row("프로덕트 디자이너 피그마 재택", "ROLE=Product designer SKILL=figma REMOTE=true", "", "ko.short"),
                row("performance marketer google ads, budget up to $35/hr", "ROLE=Performance marketer SKILL=google-ads MAX_RATE=49000", "", "en.long"),
                row("digital marketer 5+ years", "ROLE=Marketer MIN_YEARS=5", "", "en.short"),
                row("SEO 전문가 블로그", "ROLE=SEO specialist", "블로그", "mixed.short"),
                row("카피라이터 주니어 재택", "ROLE=Copywriter SENIORITY=junior REMOTE=true", "", "ko.short"),
                row("copywriter remote, $20-30/hr", "ROLE=Copywriter REMOTE=true MIN_RATE=28000 MAX_RATE=42000", "", "en.short"),
                row("시급 5만원 이하 서울 React 개발자 5년 이상", "MAX_RATE=50000 REGION=SEOUL SKILL=react MIN_YEARS=5", "개발자", "mixed.long"),
                row("서울 React 개발자 5년 이상, 시급 5만원 이하", "REGION=SEOUL SKILL=react MIN_YEARS=5 MAX_RATE=50000", "개발자", "mixed.long"),
                row("under 50k KRW/h python data engineer", "MAX_RATE=50000 SKILL=python ROLE=Data engineer", "", "en.long"),
                row("$40/hr iOS developer remote", "MAX_RATE=56000 ROLE=iOS developer REMOTE=true", "", "en.short"),
                row("경력 5년 이상 백엔드 개발자 재택 가능", "MIN_YEARS=5 ROLE=Backend developer REMOTE=true", "", "ko.long"),
                row("5+ years Spring Boot backend engineer in Busan", "MIN_YEARS=5 SKILL=spring-boot ROLE=Backend developer REGION=BUSAN", "", "en.long"),
                row("스마트스토어 운영, 1년 이상, 2만 5천 원 이하", "SKILL=smartstore MIN_YEARS=1 MAX_RATE=25000", "", "ko.long"),
                row("시급 4만 5천원 이상 제이쿼리", "MIN_RATE=45000 SKILL=jquery", "", "ko.long"),
                row("비주얼 디자이너 (일러스트레이터) 영어 능통", "ROLE=Graphic designer SKILL=illustrator LANGUAGE=en", "", "ko.long"),
                row("Virtual Assistant specialist in Busan", "SKILL=virtual-assistant REGION=BUSAN", "", "en.long"),
                row("서울 일러스트레이터 구함", "REGION=SEOUL ROLE=Illustrator", "", "ko.short"),
                row("UI/UX 디자이너 물류 경험", "ROLE=UI/UX designer DOMAIN=logistics", "", "mixed.short"),
                row("시급 3만~5만원 영상 편집자 영어 가능", "MIN_RATE=30000 MAX_RATE=50000 ROLE=Video editor LANGUAGE=en", "", "ko.long"),
                row("4~6만원 UI/UX 디자이너", "MIN_RATE=40000 MAX_RATE=60000 ROLE=UI/UX designer", "", "mixed.short"),
                row("시간당 50,000원 이하 퍼블리셔", "MAX_RATE=50000 SKILL=web-publishing", "", "ko.short"),
                row("₩45,000/hr max Figma designer", "MAX_RATE=45000 SKILL=figma", "designer", "en.short"),
                row("at least 3 years React, rate 30k-50k/hr", "MIN_YEARS=3 SKILL=react MIN_RATE=30000 MAX_RATE=50000", "", "en.long"),
                row("일급 40만원 이하 백엔드", "MAX_RATE=50000 ROLE=Backend developer", "", "ko.short"),
                row("월 800만원 풀타임 개발자", "MAX_RATE=50000 AVAILABILITY=30", "개발자", "ko.short"),
                row("주 20시간 이상 가능한 디자이너", "AVAILABILITY=20", "디자이너", "ko.long"),
                row("20 hrs/week react dev", "AVAILABILITY=20 SKILL=react", "dev", "en.short"),
                row("바로 투입 가능한 자바 개발자", "AVAILABILITY=30 SKILL=java", "개발자", "ko.long"),
                row("available now java developer", "AVAILABILITY=30 SKILL=java", "developer", "en.short"),
                row("핀테크 경험 백엔드 개발자", "DOMAIN=fintech ROLE=Backend developer", "", "ko.short"),
                row("fintech backend developer", "DOMAIN=fintech ROLE=Backend developer", "", "en.short"),
                row("이커머스 쇼핑몰 개발 경험 풀스택", "DOMAIN=e-commerce DOMAIN=e-commerce ROLE=Full-stack developer", "개발", "ko.long"),
                row("e-commerce full-stack developer", "DOMAIN=e-commerce ROLE=Full-stack developer", "", "en.short"),
                row("헬스케어 도메인 데이터 엔지니어", "DOMAIN=healthcare ROLE=Data engineer", "", "ko.short"),
                row("제주 원격 웹 디자이너", "REGION=JEJU REMOTE=true ROLE=Web designer", "", "ko.short"),
                row("시니어 리액트 네이티브 개발자", "SENIORITY=senior SKILL=react-native", "개발자", "ko.short"),
                row("React Native senior mobile developer", "SKILL=react-native SENIORITY=senior ROLE=Mobile app developer", "", "en.long"),
                row("신입 퍼블리셔 인천", "SENIORITY=junior SKILL=web-publishing REGION=INCHEON", "", "ko.short"),
                row("entry-level web publisher", "SENIORITY=junior", "web publisher", "en.short"),
                row("미드레벨 플러터 앱 개발자", "SENIORITY=mid SKILL=flutter ROLE=Mobile app developer", "", "ko.short"),
                row("mid-level flutter developer", "SENIORITY=mid SKILL=flutter", "developer", "en.short"),
                row("리엑트 개발자", "SKILL=react", "개발자", "ko.short"),
                row("Reactt developer", "SKILL=react", "developer", "en.short"),
                row("Typscript developer", "SKILL=typescript", "developer", "en.short"),
                row("쿠버네테스 엔지니어", "SKILL=kubernetes", "엔지니어", "ko.short"),
                row("일본어 가능 번역가", "LANGUAGE=ja ROLE=Translator", "", "ko.short"),
                row("Japanese speaking translator", "LANGUAGE=ja ROLE=Translator", "", "en.short"),
                // a misspelt phrase is as many words as the phrase: the next word's letter is not the typo
                row("frontend engineer (C language) 7+ years", "ROLE=Frontend developer SKILL=c-lang MIN_YEARS=7", "",
                        "en.long"),
                row("market researcher w/ gaming background", "ROLE=Market researcher DOMAIN=game", "", "en.long"),
                // misspelt Korean names (one letter of a short word, a syllable more in a long one) and acronyms
                row("블랜더 3년차 원격", "SKILL=blender MIN_YEARS=3 REMOTE=true", "", "ko.short"),
                row("브랜드 마케터", "ROLE=Brand marketer", "", "ko.short"),
                row("최소 5년, 일러스스트레이터, 경기", "MIN_YEARS=5 ROLE=Illustrator REGION=GYEONGGI", "", "ko.short"),
                row("업사계획서 컨설턴트, 부동산", "ROLE=Business plan consultant DOMAIN=real-estate", "", "ko.short"),
                row("JKD/MSSQL 게임 프로그래머", "SKILL=java SKILL=mssql ROLE=Game developer", "", "mixed.short"),
                row("game developer (PPH/Arduino)", "ROLE=Game developer SKILL=php SKILL=arduino", "", "en.short"),
                // a Latin name run into Korean that is no particle; a skill's name made a person; a lone "게임"
                row("Naver Smart Store Management할 줄 아는 마케터", "SKILL=smartstore ROLE=Marketer", "", "mixed.long"),
                row("브랜드 아이덴티티 디자이너 구함", "ROLE=Brand designer", "", "ko.short"),
                row("스프링 3년 이상 게임", "SKILL=spring MIN_YEARS=3 DOMAIN=game", "", "ko.short"),
                row("경력직 게임 클라이언트 게임 프로젝트", "SENIORITY=mid ROLE=Game developer DOMAIN=game", "", "ko.long"),
                row("게임 현지화 전문가 (러시아어 번역)", "ROLE=Game localization specialist SKILL=russian-translation", "",
                        "ko.long"),
                row("임베디드 소프트웨어 엔지니어", "ROLE=Embedded software engineer", "", "ko.short"),
                // misspelt Korean domain, remote and bound words: one letter, a syllable twice, two exchanged
                row("서버 피테크 경험 베테랑", "ROLE=Backend developer DOMAIN=fintech SENIORITY=senior", "", "ko.short"),
                row("헬스캐어 앱 개발자", "DOMAIN=healthcare ROLE=Mobile app developer", "", "ko.short"),
                row("웹 보안 재재택 가능", "SKILL=web-security REMOTE=true", "", "ko.short"),
                row("포토샵 시급 3.5만 원 상이", "SKILL=photoshop MIN_RATE=35000", "", "ko.long"),
                row("시급 5만원 하이엔드 디자인", "MAX_RATE=50000", "하이엔드 디자인", "ko.short"),
                // a Korean name of several words with one letter misspelt
                row("특허 명새서 번역 베테랑", "SKILL=patent-translation SENIORITY=senior", "", "ko.short"),
                row("경기 사네 시스템 개발, 엑셀 VBA", "REGION=GYEONGGI SKILL=erp SKILL=excel-vba", "", "mixed.long"),
                // an industry or a skill with "경험", "경력", "분야"… written onto it, read as with the space
                row("서울 시니어 패션경험", "REGION=SEOUL SENIORITY=senior DOMAIN=fashion", "", "ko.short"),
                row("부동산경력 5년", "DOMAIN=real-estate MIN_YEARS=5", "", "ko.short"),
                row("의료분야 번역가", "DOMAIN=healthcare ROLE=Translator", "", "ko.short"),
                row("파이썬경험이 있는 분", "SKILL=python", "경험이 있는", "ko.short"),
                // a misspelling changes letters, not digits: "web developer" is no misspelt "Web3 developer"
                row("full-stack web developer", "ROLE=Full-stack developer", "web developer", "en.short"));
    }

    private static Arguments row(String query, String constraints, String freeText, String shape) {
        return Arguments.of(query, constraints, freeText, shape);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void understandsTheQuery(String query, String constraints, String freeText, String shape) {
        QueryIntent intent = PARSER.parse(query);

        List<String> expected = constraints.isBlank() ? List.of() : Arrays.asList(constraints.split(" (?=[A-Z_]+=)"));
        assertThat(intent.constraints()).extracting(c -> c.kind() + "=" + c.value())
                .containsExactlyElementsOf(expected);
        assertThat(intent.freeText()).isEqualTo(freeText);
        assertThat(intent.shape().key()).isEqualTo(shape);
        for (Constraint c : intent.constraints()) {
            assertThat(c.start()).isBetween(0, c.end() - 1);
            assertThat(c.end()).isLessThanOrEqualTo(query.length());
        }
    }
}
