package ai.talent.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules for numbers in a query: hourly rate bounds with their units and currencies ("시급 5만원 이하",
 * "under 50k KRW/h", "$40/hr", "4~6만원"), minimum years ("경력 5년 이상", "5+ years") and weekly hours
 * ("주 20시간 이상"). Dollars become won at the configured rate; daily and monthly amounts become hourly ones at
 * 8 hours a day and 160 a month.
 */
final class NumberRules {

    static final double HOURS_PER_DAY = 8;
    static final double HOURS_PER_MONTH = 160;

    private static final Pattern AMOUNT = Pattern.compile(
            "(?<pre>US\\$|\\$|₩|￦|KRW\\s?|USD\\s?)?(?<num>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s?"
                    + "(?<unit>만\\s?(?:\\d\\s?천)?|천|[kK](?![a-zA-Z])|[mM](?![a-zA-Z]))?\\s?"
                    + "(?<cur>원|KRW|krw|USD|usd|달러|불|dollars?|won)?");
    private static final Pattern RANGE_JOIN = Pattern.compile("\\s*(?:~|-|–|to|에서|부터)\\s*");
    private static final Pattern MAX_AFTER = Pattern.compile(
            "^\\s*(?:/\\s*(?:hour|hr|h|시간)\\s*)?(?:이하|하이(?![가-힣])|까지|미만|이내|↓|선|max)");
    private static final Pattern MIN_AFTER = Pattern.compile(
            "^\\s*(?:/\\s*(?:hour|hr|h|시간)\\s*)?(?:이상|상이(?![가-힣])|부터|↑|초과|\\+|or more|and up|plus)");
    private static final Pattern MAX_BEFORE = Pattern.compile(
            "(?:under|below|max(?:imum)?|up to|less than|no more than|within|≤|<|~|최대|budget)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MIN_BEFORE = Pattern.compile(
            "(?:over|above|from|at least|min(?:imum)?|more than|≥|>|최소|적어도)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RATE_WORD_BEFORE = Pattern.compile(
            "(?:시급|시간당|단가|페이|일급|일당|월급|월|hourly rate|hourly|rate|pay|budget)\\s*(?:은|는|이|가)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PER_AFTER = Pattern.compile(
            "^\\s*(?:/\\s*(?:h|hr|hrs|hour|시간|day|일|month|mo|월)\\b?|(?:per|an|a)\\s+(?:hour|day|month)|hourly|시간당|per hr)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEARS_KO = Pattern.compile(
            "(?<pre>(?:경력|실무|최소|적어도)\\s?)?(?<n>\\d{1,2})\\s?년\\s?(?:차)?\\s?(?<post>이상|↑|\\+|넘는|넘게|이상의)?");
    private static final Pattern YEARS_EN = Pattern.compile(
            "(?<pre>(?:at least|min(?:imum)?|over|more than)\\s+)?(?<n>\\d{1,2})\\s?\\+?\\s?(?:years?|yrs?|yoe)"
                    + "(?:\\s+(?:of\\s+)?(?:experience|exp))?(?:\\s+(?:or more|and up|plus))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HOURS_KO = Pattern.compile("주\\s?(?<n>\\d{1,2})\\s?시간\\s?(?:이상)?");
    private static final Pattern HOURS_EN = Pattern.compile(
            "(?<n>\\d{1,2})\\s?\\+?\\s?(?:h|hrs?|hours?)\\s?(?:/|a|per)\\s?(?:week|wk)", Pattern.CASE_INSENSITIVE);

    private final double usdToKrw;

    NumberRules(double usdToKrw) {
        this.usdToKrw = usdToKrw;
    }

    /** A money amount found in the text: value in KRW per hour and its characters. */
    private record Amount(long krw, int start, int end, boolean hasUnit, boolean usd, double number, double unit) {
    }

    List<Constraint> find(String text) {
        List<Constraint> out = new ArrayList<>();
        years(text, out);
        hours(text, out);
        rates(text, out);
        return out;
    }

    private void years(String text, List<Constraint> out) {
        for (Pattern p : List.of(YEARS_KO, YEARS_EN)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (overlaps(out, m.start(), m.end())) {
                    continue;
                }
                int n = Integer.parseInt(m.group("n"));
                if (n <= 0 || n > 40) {
                    continue;
                }
                String label = p == YEARS_KO ? n + "년 이상" : n + "+ years";
                out.add(new Constraint(ConstraintKind.MIN_YEARS, Integer.toString(n), label, m.start(),
                        trimEnd(text, m.end()), "rules"));
            }
        }
    }

    private static void hours(String text, List<Constraint> out) {
        for (Pattern p : List.of(HOURS_KO, HOURS_EN)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (overlaps(out, m.start(), m.end())) {
                    continue;
                }
                int n = Integer.parseInt(m.group("n"));
                out.add(new Constraint(ConstraintKind.AVAILABILITY, Integer.toString(n), n + "h/week",
                        m.start(), trimEnd(text, m.end()), "rules"));
            }
        }
    }

    private void rates(String text, List<Constraint> out) {
        List<Amount> amounts = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            if (m.group("num") == null || overlaps(out, m.start("num"), m.end("num"))) {
                continue;
            }
            String pre = m.group("pre");
            String unit = m.group("unit");
            String cur = m.group("cur");
            double number = Double.parseDouble(m.group("num").replace(",", ""));
            boolean usd = (pre != null && pre.contains("$")) || (pre != null && pre.trim().equalsIgnoreCase("USD"))
                    || (cur != null && List.of("usd", "달러", "불", "dollar", "dollars").contains(cur.toLowerCase(Locale.ROOT)));
            double multiplier = unitValue(unit);
            number += thousandsAfterTenThousands(unit);
            boolean money = pre != null || cur != null || unit != null;
            int start = m.start();
            int end = trimEnd(text, m.end());
            if (!money) {
                // a bare number joined to a money amount by a range ("4~6만원") is money too; decided below
                amounts.add(new Amount(-1, start, end, false, false, number, 1));
                continue;
            }
            amounts.add(new Amount(0, start, end, unit != null, usd, number, multiplier));
        }
        for (int i = 0; i < amounts.size(); i++) {
            Amount a = amounts.get(i);
            Amount b = i + 1 < amounts.size() ? amounts.get(i + 1) : null;
            boolean aMoney = a.krw() >= 0;
            boolean bMoney = b != null && b.krw() >= 0;
            if (b != null && (aMoney || bMoney) && RANGE_JOIN.matcher(text.substring(a.end(), b.start())).matches()) {
                // "4~6만원": the first bound takes the second's unit; "$20-30/hr": the second takes the first's
                double unitA = !aMoney || (!a.hasUnit() && b.hasUnit()) ? b.unit() : a.unit();
                b = bMoney ? b : new Amount(0, b.start(), b.end(), a.hasUnit(), a.usd(), b.number(), a.unit());
                boolean usd = a.usd() || b.usd();
                double per = perHour(text, b.end(), a.start());
                long lo = krw(a.number() * unitA, usd, per);
                long hi = krw(b.number() * b.unit(), usd, per);
                if (lo > 0 && hi >= lo) {
                    int start = extendBefore(text, a.start());
                    int end = extendAfter(text, b.end());
                    out.add(new Constraint(ConstraintKind.MIN_RATE, Long.toString(lo), "≥ ₩" + grouped(lo) + "/h",
                            start, end, "rules"));
                    out.add(new Constraint(ConstraintKind.MAX_RATE, Long.toString(hi), "≤ ₩" + grouped(hi) + "/h",
                            start, end, "rules"));
                    i++;
                    continue;
                }
            }
            if (a.krw() < 0) {
                continue;
            }
            String after = text.substring(a.end());
            String before = text.substring(0, a.start());
            boolean min = MIN_AFTER.matcher(after).find() || MIN_BEFORE.matcher(before).find();
            boolean max = MAX_AFTER.matcher(after).find() || MAX_BEFORE.matcher(before).find();
            boolean rateContext = min || max || RATE_WORD_BEFORE.matcher(before).find() || PER_AFTER.matcher(after).find()
                    || a.hasUnit() || a.usd();
            if (!rateContext) {
                continue;
            }
            long value = krw(a.number() * a.unit(), a.usd(), perHour(text, a.end(), a.start()));
            if (value <= 0) {
                continue;
            }
            ConstraintKind kind = min && !max ? ConstraintKind.MIN_RATE : ConstraintKind.MAX_RATE;
            String label = (kind == ConstraintKind.MIN_RATE ? "≥ ₩" : "≤ ₩") + grouped(value) + "/h";
            out.add(new Constraint(kind, Long.toString(value), label, extendBefore(text, a.start()),
                    extendAfter(text, a.end()), "rules"));
        }
    }

    private long krw(double amount, boolean usd, double perHour) {
        double krw = usd ? amount * usdToKrw : amount;
        return Math.round(krw / perHour);
    }

    /** How many hours the amount pays for: 1 for hourly (the default), 8 for daily, 160 for monthly. */
    private static double perHour(String text, int end, int start) {
        String after = text.substring(end, Math.min(text.length(), end + 12)).toLowerCase(Locale.ROOT);
        String before = text.substring(Math.max(0, start - 6), start);
        if (after.matches("^\\s*(/\\s*(day|일)|per day|a day|daily).*") || before.contains("일급")
                || before.contains("일당")) {
            return HOURS_PER_DAY;
        }
        if (after.matches("^\\s*(/\\s*(month|mo|월)|per month|a month|monthly).*") || before.contains("월급")
                || before.trim().endsWith("월")) {
            return HOURS_PER_MONTH;
        }
        return 1;
    }

    /** "3만 5천": the 5천 as tens of thousands (0.5), added to the 3 that the 만 multiplies. */
    private static double thousandsAfterTenThousands(String unit) {
        if (unit == null) {
            return 0;
        }
        String u = unit.replace(" ", "");
        return u.startsWith("만") && u.length() > 1 && u.endsWith("천") ? Character.getNumericValue(u.charAt(1)) / 10.0 : 0;
    }

    private static double unitValue(String unit) {
        if (unit == null) {
            return 1;
        }
        String u = unit.replace(" ", "");
        if (u.startsWith("만")) {
            return 10_000;
        }
        return switch (u) {
            case "천", "k", "K" -> 1_000;
            case "m", "M" -> 1_000_000;
            default -> 1;
        };
    }

    /** Takes in the rate words before an amount ("시급 ", "under ", "up to ") so removing a chip removes them. */
    private static int extendBefore(String text, int start) {
        String before = text.substring(0, start);
        for (Pattern p : List.of(MAX_BEFORE, MIN_BEFORE, RATE_WORD_BEFORE)) {
            Matcher m = p.matcher(before);
            if (m.find()) {
                int s = m.start();
                Matcher again = RATE_WORD_BEFORE.matcher(text.substring(0, s));
                return again.find() ? again.start() : s;
            }
        }
        return start;
    }

    private static final Pattern SUFFIX = Pattern.compile("^\\s*(?:/\\s*(?:hour|hrs|hr|h|시간|day|일|month|mo|월)|"
            + "per hour|an hour|a hour|hourly|per day|per month|이하|하이(?![가-힣])|까지|미만|이내|↓|선|이상|상이(?![가-힣])|부터|↑|"
            + "초과|\\+|or more|"
            + "and up|max)", Pattern.CASE_INSENSITIVE);

    /** Takes in the units and bound words after an amount ("/hr", "이하", "+/시간", "max"). */
    private static int extendAfter(String text, int end) {
        int at = end;
        for (int i = 0; i < 4; i++) {
            Matcher m = SUFFIX.matcher(text.substring(at));
            if (!m.find() || m.end() == 0) {
                break;
            }
            at += m.end();
        }
        return trimEnd(text, at);
    }

    private static int trimEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean overlaps(List<Constraint> found, int start, int end) {
        return found.stream().anyMatch(c -> c.overlaps(start, end));
    }

    static String grouped(long amount) {
        return String.format(Locale.ROOT, "%,d", amount);
    }
}
