#!/usr/bin/env python3
"""Drives coopcheck serve's page in real headless Chromium (selenium, chromedriver).

    python3 Tests/EndToEnd/browser.py check URL WORKBOOK       upload the workbook; print what the page shows, as JSON
    python3 Tests/EndToEnd/browser.py screenshot URL WORKBOOK DIR
                                                             the form and the result at 1280 and 390 pixels wide

Test tooling (Tests/WebServiceTests, make screenshot), never a runtime dependency.
"""
import json
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait


def browser(width):
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={width},900", "--lang=vi"]:
        options.add_argument(argument)
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(service=service, options=options)


def upload(driver, url, workbook):
    driver.get(url)
    Select(driver.find_element(By.ID, "province")).select_by_value("67")
    Select(driver.find_element(By.ID, "period")).select_by_visible_text("2025")
    driver.find_element(By.ID, "files").send_keys(os.path.abspath(workbook))
    driver.find_element(By.CSS_SELECTOR, "form[method=post] button[type=submit]").click()
    WebDriverWait(driver, 60).until(lambda d: d.find_elements(By.TAG_NAME, "h1") and
                                    d.find_element(By.TAG_NAME, "h1").text.startswith("Kết quả"))


def full_page(driver, path, width, most=1800):
    """The page from its top, as tall as it is up to `most` pixels, at exactly `width` CSS pixels."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": min(max(height, 400), most), "deviceScaleFactor": 1, "mobile": width < 600})
    driver.save_screenshot(path)


def main():
    command, url, workbook = sys.argv[1:4]
    if command == "check":
        driver = browser(1280)
        try:
            driver.get(url)
            form = {"title": driver.title, "provinces": len(driver.find_elements(By.CSS_SELECTOR, "#province option"))}
            upload(driver, url, workbook)
            headings = [h.text for h in driver.find_elements(By.CSS_SELECTOR, "h1, h2")]
            problems = driver.find_elements(By.CSS_SELECTOR, "p.met")
            print(json.dumps({
                "form": form,
                "heading": driver.find_element(By.TAG_NAME, "h1").text,
                "headings": headings,
                "problems": problems[0].text if problems else None,
                "charts": len(driver.find_elements(By.CSS_SELECTOR, "svg.chart")),
                "downloads": [a.get_attribute("download") for a in driver.find_elements(By.CSS_SELECTOR, ".downloads a")],
                "summary": driver.find_element(By.CSS_SELECTOR, "section.summary strong").text,
                "console": [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"],
            }, ensure_ascii=False))
        finally:
            driver.quit()
    elif command == "screenshot":
        folder = sys.argv[4]
        os.makedirs(folder, exist_ok=True)
        for width, name in [(1280, "desktop"), (390, "phone")]:
            driver = browser(width)
            try:
                driver.get(url)
                full_page(driver, os.path.join(folder, f"form-{name}.png"), width)
                driver.set_window_size(width, 900)
                upload(driver, url, workbook)
                full_page(driver, os.path.join(folder, f"result-{name}.png"), width)
            finally:
                driver.quit()
    else:
        sys.exit(f"unknown command {command}")


if __name__ == "__main__":
    main()
