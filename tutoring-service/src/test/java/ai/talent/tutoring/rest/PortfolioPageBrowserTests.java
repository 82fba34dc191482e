package ai.talent.tutoring.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.service.testing.KafkaFlowTest;
import ai.talent.service.testing.StateDirTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML portfolio in a real headless Chromium (Debian's chromium + chromedriver + Nanum fonts, installed by
 * {@code scripts/install-browser.sh} when missing): the page the service writes, opened as a file (it is
 * self-contained), shows the Korean headline and sections, runs no script from the profile, and is saved as
 * {@code target/portfolio-ko.png} and {@code target/portfolio-en.png}.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
class PortfolioPageBrowserTests extends KafkaFlowTest {

    @Test
    void koreanAndEnglishPagesRenderInChromium() throws Exception {
        String id = PortfolioResourceTests.published(kafka).freelancer().id();
        installBrowser();
        WebDriver driver = chromium();
        try {
            for (String language : new String[] {"ko", "en"}) {
                String headline = JsonPath.from(given().contentType(ContentType.JSON)
                        .body(PortfolioResourceTests.request(id, language, "json", "데이터 엔지니어"))
                        .post("/v1/portfolios").asString()).getString("headline");
                String html = given().contentType(ContentType.JSON)
                        .body(PortfolioResourceTests.request(id, language, "html", "데이터 엔지니어"))
                        .post("/v1/portfolios").then().statusCode(200).extract().asString();
                Path page = Path.of("target", "portfolio-" + language + ".html").toAbsolutePath();
                Files.writeString(page, html, StandardCharsets.UTF_8);

                driver.get(page.toUri().toString());
                assertThat(driver.findElement(By.id("headline")).getText()).isEqualTo(headline)
                        .contains("김민지");
                String text = driver.findElement(By.tagName("body")).getText();
                assertThat(text).contains(language.equals("ko") ? "대표 프로젝트" : "Case studies")
                        .contains("실시간 주문 데이터 파이프라인 구축");
                assertThat(driver.findElements(By.cssSelector("#cases article"))).hasSize(3);
                // Hangul is drawn with a Korean font, not as empty boxes: the headline is wider than its Latin part
                assertThat(driver.findElement(By.id("headline")).getSize().getWidth()).isGreaterThan(200);
                screenshot(driver, "portfolio-" + language + ".png");
            }
        } finally {
            driver.quit();
        }
        assertThat(Path.of("target", "portfolio-ko.png")).isNotEmptyFile();
    }

    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=900,1400", "--lang=ko-KR");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    private static void screenshot(WebDriver driver, String name) throws Exception {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
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
