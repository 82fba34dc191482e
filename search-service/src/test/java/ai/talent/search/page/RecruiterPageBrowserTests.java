package ai.talent.search.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.search.index.CatalogIndex;
import ai.talent.service.testing.KafkaFlowTest;
import ai.talent.sim.Marketplace;
import ai.talent.sim.SimConfig;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The recruiter page in a real headless Chromium (Debian's chromium + chromedriver, installed by
 * {@code scripts/install-browser.sh} when missing): a Korean and an English query show results, removing an
 * intent chip and applying a facet change them, and the next page shows the next results. Screenshots go to
 * {@code target/}.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class RecruiterPageBrowserTests extends KafkaFlowTest {

    private static final int FREELANCERS = 30;

    @TestHTTPResource("/")
    URL page;

    @Inject
    CatalogIndex index;

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void publishFreelancersAndOpenTheBrowser() throws Exception {
        installBrowser();
        long before = index.backend().count();
        Marketplace market = new Marketplace(SimConfig.of(FREELANCERS, 0, 0, 1234));
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < FREELANCERS; i++) {
            var f = market.freelancer(i).freelancer();
            // The first sentence of the bio is enough for the page, and MiniLM encodes it in a fraction of the time.
            var copy = new ai.talent.domain.model.Freelancer("page-" + run + "-" + i, f.displayName(), f.headline(),
                    firstSentence(f.bio()), f.textLanguage(), f.skills(), f.hourlyRate(), f.region(), f.remoteOk(), f.spokenLanguages(),
                    f.availabilityHoursPerWeek(), f.ratingAverage(), f.ratingCount(), f.completedProjects());
            kafka.send(new FreelancerUpserted(UUID.randomUUID().toString(), Instant.now(), copy));
        }
        // each profile is encoded by MiniLM on its way in
        await().atMost(Duration.ofSeconds(180)).until(() -> index.backend().count() >= before + FREELANCERS);

        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1600", "--lang=ko-KR");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private static String firstSentence(String bio) {
        String[] sentences = bio.split("(?<=[.!?。])\\s+", 2);
        return sentences[0];
    }

    @AfterEach
    void closeTheBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aRecruiterSearchesInKoreanAndEnglishRefinesAndPagesForward() throws IOException {
        driver.get(page.toString());
        awaitResults();

        search("서울 리액트 개발자 시급 8만원 이하");
        assertThat(chipKinds()).contains("skill", "region", "max_rate");
        assertThat(cards()).isNotEmpty();
        assertThat(driver.findElement(By.id("summary")).getText()).matches(".*\\d+명 중 1–\\d+.*");
        screenshot("search-page-ko.png");

        String shown = loadedMark();
        driver.findElement(By.id("lang-en")).click();
        awaitChange(shown);
        search("senior python data engineer, remote, under $60/hr");
        List<String> chipsBefore = chipKinds();
        assertThat(chipsBefore).contains("skill", "seniority", "remote", "max_rate");
        assertThat(cards()).isNotEmpty();
        String queryBefore = driver.findElement(By.id("q")).getAttribute("value");

        removeChip("remote");
        String queryAfter = driver.findElement(By.id("q")).getAttribute("value");
        assertThat(queryAfter).isNotEqualTo(queryBefore).doesNotContainIgnoringCase("remote");
        assertThat(chipKinds()).doesNotContain("remote").contains("skill", "max_rate");

        WebElement firstSkill = driver.findElement(By.cssSelector(".facet-skills button"));
        String skill = firstSkill.getAttribute("data-value");
        String loaded = loadedMark();
        firstSkill.click();
        awaitChange(loaded);
        assertThat(driver.findElements(By.cssSelector(".chip.filter"))).hasSize(1);
        assertThat(cards()).isNotEmpty().allSatisfy(card ->
                assertThat(card.findElements(By.cssSelector(".skill[data-skill='" + skill + "']"))).isNotEmpty());
        loaded = loadedMark();
        driver.findElement(By.cssSelector(".chip.filter .remove")).click();
        awaitChange(loaded);

        search("developer 개발자 designer 디자이너");
        List<String> firstPage = cardIds();
        assertThat(firstPage).hasSize(10);
        loaded = loadedMark();
        driver.findElement(By.id("next")).click();
        awaitChange(loaded);
        assertThat(driver.findElement(By.id("page-info")).getText()).startsWith("11–");
        assertThat(cardIds()).isNotEmpty().doesNotContainAnyElementsOf(firstPage);
        screenshot("search-page.png");
    }

    private void search(String query) {
        WebElement box = driver.findElement(By.id("q"));
        box.clear();
        String loaded = loadedMark();
        box.sendKeys(query);
        box.sendKeys(Keys.ENTER);
        awaitChange(loaded);
    }

    private void removeChip(String kind) {
        String loaded = loadedMark();
        driver.findElement(By.cssSelector(".chip.intent." + kind + " .remove")).click();
        awaitChange(loaded);
    }

    private List<String> chipKinds() {
        return driver.findElements(By.cssSelector(".chip.intent")).stream()
                .map(c -> c.getAttribute("class").replace("chip", "").replace("intent", "").trim()).toList();
    }

    private List<WebElement> cards() {
        return driver.findElements(By.cssSelector("#results .card"));
    }

    /** The result cards' ids, read in one script call (a list of elements could go stale between reads). */
    @SuppressWarnings("unchecked")
    private List<String> cardIds() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('#results .card')].map(c => c.getAttribute('data-id'));");
    }

    private String loadedMark() {
        String mark = driver.findElement(By.tagName("body")).getAttribute("data-loaded");
        return mark == null ? "" : mark;
    }

    private void awaitResults() {
        wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
    }

    private void awaitChange(String before) {
        wait.until(d -> {
            String now = d.findElement(By.tagName("body")).getAttribute("data-loaded");
            return now != null && !now.equals(before);
        });
    }

    private void screenshot(String name) throws IOException {
        File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Runs the project's installer; on a machine that already has everything it returns at once. */
    private static void installBrowser() throws Exception {
        Path script = Path.of("..", "scripts", "install-browser.sh").toAbsolutePath().normalize();
        Process p = new ProcessBuilder("bash", script.toString()).inheritIO().start();
        if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(script + " could not install chromium, chromium-driver and fonts-nanum");
        }
    }
}
