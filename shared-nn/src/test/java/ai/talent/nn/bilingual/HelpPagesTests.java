package ai.talent.nn.bilingual;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelpPagesTests {

    @Test
    void paragraphsWithTheSameIdOnTheSamePageArePairedAsPlainTextAndNothingElse(@TempDir Path dir) throws Exception {
        page(dir, "en-US", "text/shared/a.html", """
                <html><head><title>Load/Save</title></head><body>
                <h1 id="hd_id1" class="heading">Load and Save the Document</h1>
                <p id="par_id2" class="paragraph"><span class="avis">Specifies the general <span class="emph">Load</span>
                  settings.</span></p>
                <p id="par_id3" class="paragraph">This paragraph was left untranslated here.</p>
                <p id="par_id4">Select &quot;Options&quot; &amp; then click&#160;OK.</p>
                <p id="par_id5">Only the English page has this paragraph.</p>
                <p id="par_id6">Too short.</p>
                <td id="par_id7"><p>Saves a copy of the document under another name.</p></td>
                <p id="par_id8">Enter %1 in the box to continue.</p>
                </body></html>""");
        page(dir, "ko", "text/shared/a.html", """
                <html><body>
                <h1 id="hd_id1" class="heading">문서 로드 및 저장</h1>
                <p id="par_id2" class="paragraph"><span class="avis">일반 <span class="emph">로드</span> 설정을
                  지정합니다.</span></p>
                <p id="par_id3" class="paragraph">This paragraph was left untranslated here.</p>
                <p id="par_id4">&quot;옵션&quot;을 선택한 다음 확인을 누릅니다.</p>
                <p id="par_id6">너무 짧음.</p>
                <td id="par_id7"><p>문서의 사본을 다른 이름으로 저장합니다.</p></td>
                <p id="par_id8">계속하려면 상자에 %1을 입력합니다.</p>
                </body></html>""");
        page(dir, "ko", "text/shared/only-korean.html", "<p id=\"par_id9\">이 쪽은 영어 쪽이 없습니다 정말로.</p>");
        page(dir, "en-US", "text/shared/b.html",
                "<p id=\"par_id1\">Saves a copy of the document under another name.</p>"
                        + "<p id=\"par_id2\">Prints the whole document on the default printer.</p>");
        page(dir, "ko", "text/shared/b.html",
                "<p id=\"par_id1\">다른 이름으로 문서 사본을 저장합니다.</p>"
                        + "<p id=\"par_id2\">기본 프린터로 문서 전체를 인쇄합니다.</p>");

        List<ParallelPair> pairs = HelpPages.read(dir);

        assertEquals(List.of(
                new ParallelPair("Load and Save the Document", "문서 로드 및 저장"),
                new ParallelPair("Specifies the general Load settings.", "일반 로드 설정을 지정합니다."),
                new ParallelPair("Select \"Options\" & then click OK.", "\"옵션\"을 선택한 다음 확인을 누릅니다."),
                new ParallelPair("Saves a copy of the document under another name.", "문서의 사본을 다른 이름으로 저장합니다."),
                new ParallelPair("Prints the whole document on the default printer.", "기본 프린터로 문서 전체를 인쇄합니다.")),
                pairs, "tags stripped, references decoded; untranslated, unmatched, short and placeholder paragraphs "
                        + "and pages without an English side are left out; an English sentence once (first page wins)");
    }

    @Test
    void aFolderWithoutBothLanguagesGivesNothingAndReferencesDecodeSafely(@TempDir Path dir) throws Exception {
        page(dir, "ko", "a.html", "<p id=\"p1\">한국어 쪽만 있는 도움말 문단입니다.</p>");
        assertEquals(List.of(), HelpPages.read(dir));
        assertEquals("a < b > c ' \u00e9 &#1114112; &unknown;", HelpPages.decode("a &lt; b &gt; c &apos; &#xe9; &#1114112; &unknown;"));
        assertEquals(Map.of("x", "two words"), HelpPages.paragraphs("<li id=\"x\">two\n   <b>words</b></li><p id=\"y\"> </p>"));
    }

    private static void page(Path root, String language, String path, String html) throws Exception {
        Path file = root.resolve(language).resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, html);
    }
}
