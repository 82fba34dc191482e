package ai.talent.domain.skill;

/** The marketplace's top-level skill categories, with the names shown to English and Korean users. */
public enum SkillCategory {
    SOFTWARE("Software Development", "개발·프로그래밍"),
    DATA_AI("Data & AI", "데이터·AI"),
    DESIGN("Design", "디자인"),
    MARKETING("Marketing", "마케팅"),
    WRITING_TRANSLATION("Writing & Translation", "글쓰기·번역"),
    VIDEO("Video, Photo & Audio", "영상·사진·음향"),
    BUSINESS("Business & Consulting", "비즈니스·컨설팅");

    private final String nameEn;
    private final String nameKo;

    SkillCategory(String nameEn, String nameKo) {
        this.nameEn = nameEn;
        this.nameKo = nameKo;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameKo() {
        return nameKo;
    }
}
