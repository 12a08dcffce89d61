// Browser tests of Parley's viewer, run by run.sh against a live `parley serve`.
// PARLEY_URL is the server, PARLEY_OUT the folder screenshots are written to.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const BASE = process.env.PARLEY_URL;
const OUT = process.env.PARLEY_OUT || "output";
/** CHROMIUM is Debian's chromium; playwright-core downloads no browser. */
const CHROMIUM = process.env.PARLEY_CHROMIUM || "/usr/bin/chromium";
const LAPTOP = { width: 1366, height: 850 };
const PHONE = { width: 390, height: 844 };
const ZELENSKYY = "person/volodymyr-zelenskyy";
const RUTTE = "person/mark-rutte";
const BRUSSELS_SENTENCE = "Earlier this week, Zelenskyy met with NATO Secretary General Mark Rutte and key European leaders in Brussels";

let browser;
before(async () => {
  assert.ok(BASE, "PARLEY_URL is not set: run the tests with run.sh");
  mkdirSync(OUT, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
});
after(async () => {
  await browser?.close();
});

// open returns a new page at route with the problems it reports: page errors, console
// errors (CSP violations among them) and dialogs, which are dismissed.
async function open(route, viewport = LAPTOP) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const problems = { errors: [], dialogs: [] };
  page.on("pageerror", (e) => problems.errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.errors.push(`console: ${m.text()}`);
  });
  page.on("dialog", (d) => {
    problems.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  await page.goto(BASE + "/" + route);
  return { page, problems, close: () => context.close() };
}

// shot writes a screenshot of the whole page, or of the viewport only with fullPage false.
function shot(page, name, fullPage = true) {
  return page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
}

function entityRoute(id) {
  return `#/entity/${encodeURIComponent(id)}`;
}

test("search Zelenskyy, see the Brussels meeting on the timeline, open its evidence", async () => {
  const { page, problems, close } = await open("");
  try {
    const box = page.getByRole("combobox").first();
    await box.fill("Zelenskyy");
    const option = page.getByRole("option", { name: /Volodymyr Zelenskyy/ });
    await option.waitFor();
    await shot(page, "1-search");
    await option.click();

    await page.getByRole("heading", { level: 1, name: /Volodymyr Zelenskyy/ }).waitFor();
    const item = page.locator(".vis-item", { hasText: "Meeting in Brussels" });
    await item.waitFor();
    assert.match(await item.innerText(), /week of 16 Dec 2024/);
    await page.locator("table.contacts").getByRole("link", { name: "Mark Rutte", exact: true }).waitFor();
    await shot(page, "2-entity-timeline");

    await item.click();
    await page.getByRole("heading", { level: 1, name: "Meeting in Brussels" }).waitFor();
    const sentence = page.locator(".sentence", { hasText: BRUSSELS_SENTENCE });
    await sentence.waitFor();
    const marked = await sentence.locator("mark").allInnerTexts();
    for (const word of ["Zelenskyy", "Mark Rutte", "Brussels", "met"]) {
      assert.ok(marked.includes(word), `${word} not highlighted in ${JSON.stringify(marked)}`);
    }
    const source = page.locator(".source a").first();
    assert.equal(await source.getAttribute("href"), "https://example.org/seed-zelenskyy");
    await shot(page, "3-event");
    assert.deepEqual(problems, { errors: [], dialogs: [] });
  } finally {
    await close();
  }
});

test("the network of Zelenskyy shows Rutte, and expands a node", async () => {
  const { page, problems, close } = await open(`#/network/${encodeURIComponent(ZELENSKYY)}`);
  try {
    const nodes = page.locator(".node-list");
    await nodes.getByRole("link", { name: "Mark Rutte" }).waitFor();
    const before = await nodes.locator("li").count();
    assert.ok(before > 2, `only ${before} nodes`);
    await page.getByRole("button", { name: "Add the contacts of Mark Rutte" }).click();
    await page.getByRole("button", { name: "Add the contacts of Mark Rutte" }).and(page.locator(":disabled")).waitFor();
    await page.locator(".network canvas").first().waitFor();
    await shot(page, "4-network");
    assert.deepEqual(problems, { errors: [], dialogs: [] });
  } finally {
    await close();
  }
});

test("who met whom lists the meeting of Zelenskyy and Rutte", async () => {
  const ids = [ZELENSKYY, RUTTE].map(encodeURIComponent).join(",");
  const { page, problems, close } = await open(`#/meetings?ids=${ids}`);
  try {
    await page.getByText(/^1 meeting of/).waitFor();
    await page.locator(".event-card", { hasText: "Meeting in Brussels" }).waitFor();
    await shot(page, "5-meetings");
    assert.deepEqual(problems, { errors: [], dialogs: [] });
  } finally {
    await close();
  }
});

test("article text with <script> and <img onerror> is shown as text", async () => {
  const ids = ["person/emmanuel-macron", "person/olaf-scholz"].map(encodeURIComponent).join(",");
  const { page, problems, close } = await open(`#/meetings?ids=${ids}&from=2025-03-03&to=2025-03-03`);
  try {
    await page.locator(".event-list a").first().click();
    const sentence = page.locator(".sentence", { hasText: "defence spending" });
    await sentence.waitFor();
    const text = await sentence.innerText();
    assert.ok(text.includes("<script>alert(1)</script>"), text);
    assert.ok(text.includes("<img src=x onerror=alert(1)>"), text);
    const title = await page.locator(".source a").first().innerText();
    assert.ok(title.includes("<script>alert(1)</script><img src=x onerror=alert(1)>"), title);
    await page.waitForTimeout(300); // give an injected handler the time to fire
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    assert.equal(await page.locator("main script").count(), 0);
    await shot(page, "6-xss");
    assert.deepEqual(problems, { errors: [], dialogs: [] });
  } finally {
    await close();
  }
});

test("search and open results with the keyboard only", async () => {
  const { page, problems, close } = await open("");
  try {
    // Tab from the top of the page: skip link, brand, then the search box.
    let focused = "";
    for (let i = 0; i < 5 && focused !== "combobox"; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement.getAttribute("role"));
    }
    assert.equal(focused, "combobox");
    await page.keyboard.type("Rutte");
    await page.getByRole("option", { name: /Mark Rutte/ }).waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: /Mark Rutte/ }).waitFor();

    // Tab to the first event of the list and open it.
    const target = page.locator(".event-list a").first();
    await target.waitFor();
    const name = await target.innerText();
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await target.evaluate((el) => el === document.activeElement);
    }
    assert.ok(reached, "the event link was not reached with Tab");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name }).waitFor();
    await page.locator(".sentence").first().waitFor();
    await shot(page, "7-keyboard-event");
    assert.deepEqual(problems, { errors: [], dialogs: [] });
  } finally {
    await close();
  }
});

test("phone-sized screens fit the entity and event pages", async () => {
  const { page, problems, close } = await open(entityRoute(ZELENSKYY), PHONE);
  try {
    await page.locator(".vis-item").first().waitFor();
    await page.locator("table.contacts").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page is ${overflow}px wider than the phone`);
    await shot(page, "8-phone-entity", false);
    await page.locator(".event-list a", { hasText: "Meeting in Brussels" }).click();
    await page.locator(".sentence").first().waitFor();
    await shot(page, "9-phone-event", false);
    assert.deepEqual(problems, { errors: [], dialogs: [] });
  } finally {
    await close();
  }
});
