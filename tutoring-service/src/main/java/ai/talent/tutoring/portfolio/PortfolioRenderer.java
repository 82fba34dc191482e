package ai.talent.tutoring.portfolio;

import java.util.List;
import java.util.Locale;

/**
 * Renders a portfolio as Markdown or as one self-contained HTML page (inline CSS, no scripts, no external fonts or
 * images). Every piece of text that came from a profile, a project or a client is escaped: a profile holding
 * {@code <script>} shows it as text.
 */
public final class PortfolioRenderer {

    /** Section titles in both languages. */
    record Titles(String skills, String caseStudies, String feedback, String track, String about, String profileOnly,
                  String evidence) {

        static Titles of(PortfolioLanguage language) {
            return language == PortfolioLanguage.KO
                    ? new Titles("핵심 역량", "대표 프로젝트", "고객 후기", "활동 요약", "자기소개",
                            "완료한 프로젝트가 아직 없어 프로필 정보만으로 작성한 포트폴리오입니다.", "근거")
                    : new Titles("Top skills", "Case studies", "Client feedback", "Track record", "In their own words",
                            "No completed projects yet: this portfolio is drawn from the profile alone.", "Evidence");
        }
    }

    public String markdown(Portfolio p) {
        Titles t = Titles.of(p.language());
        StringBuilder md = new StringBuilder();
        md.append("# ").append(md(p.headline())).append("\n\n");
        md.append(md(p.summary())).append("\n\n");
        if (p.profileOnly()) {
            md.append("> ").append(t.profileOnly()).append("\n\n");
        }
        if (!p.skills().isEmpty()) {
            md.append("## ").append(t.skills()).append("\n\n");
            p.skills().forEach(s -> md.append("- **").append(md(s.name())).append("** — ").append(md(s.text()))
                    .append('\n'));
            md.append('\n');
        }
        if (!p.caseStudies().isEmpty()) {
            md.append("## ").append(t.caseStudies()).append("\n\n");
            p.caseStudies().forEach(c -> md.append("### ").append(md(c.title())).append("\n\n")
                    .append(md(c.text())).append("\n\n"));
        }
        if (!p.feedback().isEmpty()) {
            md.append("## ").append(t.feedback()).append("\n\n");
            p.feedback().forEach(f -> md.append("> ").append(md(f.excerpt())).append("\n>\n> — ")
                    .append(md(f.projectTitle())).append(", ").append(f.clientRating()).append("/5\n\n"));
        }
        if (!p.about().isBlank()) {
            md.append("## ").append(t.about()).append("\n\n");
            p.about().lines().forEach(line -> md.append(md(line)).append("\n\n"));
        }
        return md.toString().stripTrailing() + "\n";
    }

    public String html(Portfolio p) {
        Titles t = Titles.of(p.language());
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(p.language().code()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(p.headline())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<header>\n<h1 id=\"headline\">").append(esc(p.headline())).append("</h1>\n")
                .append("<p id=\"summary\">").append(esc(p.summary())).append("</p>\n");
        if (p.profileOnly()) {
            h.append("<p class=\"note\" id=\"profile-only\">").append(esc(t.profileOnly())).append("</p>\n");
        }
        h.append("</header>\n");
        if (p.trackRecord() != null) {
            var r = p.trackRecord();
            h.append("<section id=\"track\"><h2>").append(esc(t.track())).append("</h2>\n<ul class=\"stats\">")
                    .append(stat(p.language() == PortfolioLanguage.KO ? "완료" : "completed", r.completed()))
                    .append(stat(p.language() == PortfolioLanguage.KO ? "성공" : "successful", r.successful()))
                    .append(stat(p.language() == PortfolioLanguage.KO ? "기한 내" : "on time", r.onTime()))
                    .append("<li><b>").append(String.format(Locale.ROOT, "%.1f", r.averageRating()))
                    .append("</b><span>").append(p.language() == PortfolioLanguage.KO ? "평균 평점" : "avg. rating")
                    .append("</span></li></ul>\n</section>\n");
        }
        if (!p.skills().isEmpty()) {
            h.append("<section id=\"skills\"><h2>").append(esc(t.skills())).append("</h2>\n<ul>\n");
            p.skills().forEach(s -> h.append("<li><b>").append(esc(s.name())).append("</b> <span>")
                    .append(esc(s.text())).append("</span></li>\n"));
            h.append("</ul>\n</section>\n");
        }
        if (!p.caseStudies().isEmpty()) {
            h.append("<section id=\"cases\"><h2>").append(esc(t.caseStudies())).append("</h2>\n");
            p.caseStudies().forEach(c -> h.append("<article><h3>").append(esc(c.title())).append("</h3><p>")
                    .append(esc(c.text())).append("</p>").append(tags(c.skills())).append("</article>\n"));
            h.append("</section>\n");
        }
        if (!p.feedback().isEmpty()) {
            h.append("<section id=\"feedback\"><h2>").append(esc(t.feedback())).append("</h2>\n");
            p.feedback().forEach(f -> h.append("<blockquote><p>").append(esc(f.excerpt())).append("</p><cite>")
                    .append(esc(f.projectTitle())).append(" · ").append(f.clientRating()).append("/5</cite>")
                    .append("</blockquote>\n"));
            h.append("</section>\n");
        }
        if (!p.about().isBlank()) {
            h.append("<section id=\"about\"><h2>").append(esc(t.about())).append("</h2>\n");
            p.about().lines().forEach(line -> h.append("<p>").append(esc(line)).append("</p>\n"));
            h.append("</section>\n");
        }
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String stat(String label, int n) {
        return "<li><b>" + n + "</b><span>" + esc(label) + "</span></li>";
    }

    private static String tags(List<String> skills) {
        if (skills.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<ul class=\"tags\">");
        skills.forEach(s -> b.append("<li>").append(esc(s)).append("</li>"));
        return b.append("</ul>").toString();
    }

    /** HTML text and attribute escaping: the five characters that can open markup or end an attribute. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Markdown text: raw HTML is escaped (Markdown passes it through), and the characters that would start
     * emphasis, links, code or headings are backslash-escaped.
     */
    static String md(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\\', '*', '_', '[', ']', '`', '#' -> b.append('\\').append(c);
                case '\n' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            :root { color-scheme: light; }
            body { margin: 0; background: #f4f5f7; color: #1d2330;
              font: 16px/1.65 "Nanum Gothic", "NanumGothic", "Apple SD Gothic Neo", "Noto Sans KR", system-ui, sans-serif; }
            main { max-width: 760px; margin: 32px auto; padding: 40px 48px; background: #fff; border-radius: 12px;
              box-shadow: 0 1px 4px rgba(0,0,0,.08); }
            h1 { font-size: 1.7em; line-height: 1.3; margin: 0 0 .5em; color: #14213d; }
            h2 { font-size: 1.15em; margin: 2em 0 .6em; padding-bottom: .3em; border-bottom: 2px solid #e3e7ee;
              color: #24406e; }
            h3 { font-size: 1.05em; margin: 0 0 .3em; }
            p { margin: .4em 0; }
            .note { background: #fff6e0; border-left: 4px solid #f0b429; padding: .6em 1em; }
            ul { padding-left: 1.2em; }
            #skills li { margin: .35em 0; }
            #skills span { color: #4a5468; }
            .stats { display: flex; gap: 12px; list-style: none; padding: 0; }
            .stats li { flex: 1; background: #f0f4fa; border-radius: 8px; padding: .6em; text-align: center; }
            .stats b { display: block; font-size: 1.5em; color: #24406e; }
            .stats span { font-size: .85em; color: #4a5468; }
            article { border: 1px solid #e3e7ee; border-radius: 8px; padding: 1em 1.2em; margin: .8em 0; }
            .tags { list-style: none; padding: 0; margin: .5em 0 0; display: flex; flex-wrap: wrap; gap: 6px; }
            .tags li { background: #e8eef8; color: #24406e; border-radius: 999px; padding: .1em .7em; font-size: .85em; }
            blockquote { margin: .8em 0; padding: .6em 1em; border-left: 4px solid #9db4d9; background: #f7f9fc; }
            cite { display: block; font-size: .85em; color: #4a5468; font-style: normal; }
            """;
}
