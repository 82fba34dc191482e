package ai.talent.domain.model;

/** Where a freelancer, client or project is, as the marketplace groups Korean regions (plus remote and abroad). */
public enum Region {
    SEOUL("Seoul", "서울"),
    GYEONGGI("Gyeonggi", "경기"),
    INCHEON("Incheon", "인천"),
    BUSAN("Busan", "부산"),
    DAEGU("Daegu", "대구"),
    DAEJEON("Daejeon", "대전"),
    GWANGJU("Gwangju", "광주"),
    ULSAN("Ulsan", "울산"),
    SEJONG("Sejong", "세종"),
    GANGWON("Gangwon", "강원"),
    CHUNGCHEONG("Chungcheong", "충청"),
    JEOLLA("Jeolla", "전라"),
    GYEONGSANG("Gyeongsang", "경상"),
    JEJU("Jeju", "제주"),
    REMOTE("Remote", "원격"),
    ABROAD("Abroad", "해외");

    private final String nameEn;
    private final String nameKo;

    Region(String nameEn, String nameKo) {
        this.nameEn = nameEn;
        this.nameKo = nameKo;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameKo() {
        return nameKo;
    }

    /** Seoul, Gyeonggi and Incheon: one commuting area, so a match across them counts as nearly local. */
    public boolean capitalArea() {
        return this == SEOUL || this == GYEONGGI || this == INCHEON;
    }
}
