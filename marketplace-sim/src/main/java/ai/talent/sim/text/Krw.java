package ai.talent.sim.text;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Writes won amounts the ways Korean and English marketplace texts do: 5만원, 4만 5천원, 1억 2,000만원,
 * 50,000원, ₩50,000, 50k, 5M KRW.
 */
final class Krw {

    private static final long MAN = 10_000L;
    private static final long EOK = 100_000_000L;

    private Krw() {
    }

    /** 50000 → "50,000". */
    static String grouped(long amount) {
        return String.format(Locale.ROOT, "%,d", amount);
    }

    /**
     * The amount in 만/억 units without the 원 sign: 5만, 4.5만 or 4만 5천, 1,500만, 1억 2,000만; amounts
     * not a multiple of 1,000 stay in digits.
     */
    static String manWon(long amount, RandomGenerator rng) {
        if (amount >= EOK) {
            long eok = amount / EOK;
            long man = (amount % EOK) / MAN;
            if (amount % MAN != 0) {
                return grouped(amount);
            }
            if (man == 0) {
                return eok + "억";
            }
            if (man % 1000 == 0 && rng.nextBoolean()) {
                return eok + "." + man / 1000 + "억";
            }
            return eok + "억 " + grouped(man) + "만";
        }
        if (amount >= MAN && amount % MAN == 0) {
            return grouped(amount / MAN) + "만";
        }
        if (amount >= MAN && amount % 1000 == 0) {
            long man = amount / MAN;
            long cheon = (amount % MAN) / 1000;
            return rng.nextBoolean() ? man + "." + cheon + "만" : man + "만 " + cheon + "천";
        }
        return grouped(amount);
    }

    /** A Korean amount with its unit: 5만원, 5만 원, 50,000원, ₩50,000. */
    static String ko(long amount, RandomGenerator rng) {
        return switch (rng.nextInt(6)) {
            case 0, 1 -> manWon(amount, rng) + "원";
            case 2 -> manWon(amount, rng) + " 원";
            case 3, 4 -> grouped(amount) + "원";
            default -> "₩" + grouped(amount);
        };
    }

    /** An English amount: ₩50,000, 50,000 KRW, KRW 50,000, 50k KRW, ₩5M. */
    static String en(long amount, RandomGenerator rng) {
        return switch (rng.nextInt(6)) {
            case 0, 1 -> "₩" + grouped(amount);
            case 2 -> grouped(amount) + " KRW";
            case 3 -> "KRW " + grouped(amount);
            default -> abbreviated(amount) + (rng.nextBoolean() ? " KRW" : "") ;
        };
    }

    /** 50000 → "50k", 5000000 → "5M", 2500000 → "2.5M"; other amounts in digits. */
    static String abbreviated(long amount) {
        if (amount >= 1_000_000 && amount % 100_000 == 0) {
            long tenths = amount / 100_000;
            return tenths % 10 == 0 ? tenths / 10 + "M" : tenths / 10 + "." + tenths % 10 + "M";
        }
        if (amount >= 1000 && amount % 1000 == 0) {
            return amount / 1000 + "k";
        }
        return grouped(amount);
    }

    /** An hourly rate in Korean: 시급 5만원, 시간당 50,000원, 5만원/시간, ₩50,000/hr. */
    static String hourlyKo(long amount, RandomGenerator rng) {
        String value = ko(amount, rng);
        return switch (rng.nextInt(6)) {
            case 0, 1 -> "시급 " + value;
            case 2 -> "시간당 " + value;
            case 3 -> value + "/시간";
            case 4 -> value + "/h";
            default -> value + "/hr";
        };
    }

    /** An hourly rate in English: ₩50,000/hr, 50k KRW per hour, KRW 50,000/hour. */
    static String hourlyEn(long amount, RandomGenerator rng) {
        String value = en(amount, rng);
        return switch (rng.nextInt(5)) {
            case 0, 1 -> value + "/hr";
            case 2 -> value + "/hour";
            case 3 -> value + " per hour";
            default -> value + " an hour";
        };
    }
}
