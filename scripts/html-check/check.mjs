// Loads attache's HTML pages in headless Chromium and checks what a person
// would see; run by scripts/test-html.sh, which makes the inputs.
//
//   node check.mjs docs PAGE.html DOCS.jsonl PAGE_SIZE HOSTILE.html OUTDIR
//   node check.mjs eval REPORT.html REPORT.json OUTDIR
//   node check.mjs time PAGE.html            (prints load timings only)
//
// Every mode fails on a console error, an uncaught exception, or a request
// for anything but the file itself.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const failures = [];
let checks = 0;
function check(ok, what) {
  checks += 1;
  if (!ok) failures.push(what);
  console.log((ok ? 'ok   ' : 'FAIL ') + what);
}

async function open(browser, file, viewport) {
  const page = await browser.newPage({ viewport: viewport || { width: 1100, height: 900 } });
  const problems = [];
  const own = pathToFileURL(path.resolve(file)).href;
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console error: ' + m.text()); });
  page.on('pageerror', (e) => problems.push('uncaught: ' + e.message));
  page.on('request', (r) => {
    if (r.url() !== own && !r.url().startsWith('data:')) problems.push('fetched: ' + r.url());
  });
  const t0 = Date.now();
  await page.goto(own, { waitUntil: 'load' });
  const loadMs = Date.now() - t0;
  return { page, problems, loadMs };
}

function readJsonl(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

// Every arrow starts on its actor's mention and ends on its recipient's.
async function arrowsOnMentions(page) {
  return page.evaluate(() => {
    const bad = [];
    let n = 0;
    for (const g of document.querySelectorAll('svg.arrows g.ev-arrow')) {
      n += 1;
      const art = g.closest('article');
      const p = g.querySelector('path.arrow');
      const m = p.getScreenCTM();
      const at = (len) => { const q = p.getPointAtLength(len); return { x: q.x * m.a + m.e, y: q.y * m.d + m.f }; };
      const ends = [at(0), at(p.getTotalLength())];
      [g.dataset.from, g.dataset.to].forEach((key, i) => {
        // The mention's boxes, joined line by line (an entity's label sits
        // between its pieces).
        const lines = [];
        for (const x of art.getElementsByClassName(key)) {
          for (const r of x.getClientRects()) {
            const l = lines.find((b) => Math.abs(b.top - r.top) < 3);
            if (l) { l.left = Math.min(l.left, r.left); l.right = Math.max(l.right, r.right); } else lines.push({ top: r.top, left: r.left, right: r.right });
          }
        }
        const hit = lines.some((r) => ends[i].x >= r.left - 1 && ends[i].x <= r.right + 1 &&
          Math.abs(ends[i].y - r.top) < 8);
        if (!hit) bad.push(g.dataset.type + ' ' + key + ' at ' + Math.round(ends[i].x) + ',' + Math.round(ends[i].y));
      });
    }
    return { n, bad };
  });
}

async function docsMode(browser, [html, jsonl, pageSizeArg, hostile, outdir]) {
  const docs = readJsonl(jsonl);
  const pageSize = Number(pageSizeArg);
  const types = new Set(docs.flatMap((d) => d.events.map((e) => e.event_type)));
  // A narrow window, so sentences wrap and arrows cross lines.
  const { page, problems, loadMs } = await open(browser, html, { width: 760, height: 1000 });
  console.log('docs page loaded in ' + loadMs + ' ms');
  const data = await page.evaluate(() => JSON.parse(document.getElementById('attache-data').textContent));
  check(data.docs.length === docs.length, 'embedded data holds all ' + docs.length + ' documents');
  const firstIds = docs.slice(0, pageSize).map((d) => d.id);
  const shownIds = await page.$$eval('article.doc', (as) => as.map((a) => a.dataset.id));
  check(JSON.stringify(shownIds) === JSON.stringify(firstIds), 'page 1 shows the first ' + firstIds.length + ' articles in order');
  const firstEvents = docs.slice(0, pageSize).reduce((a, d) => a + d.events.length, 0);
  check(await page.locator('table.events tr[data-ev]').count() === firstEvents, 'events table has a row per event of page 1 (' + firstEvents + ')');
  check(await page.locator('main mark.ent').count() > 0, 'entity marks are drawn');
  const labelled = await page.$$eval('main mark.ent', (ms) => ms.every((m) => getComputedStyle(m, '::after').content.includes(m.dataset.label)));
  check(labelled, 'every entity mark shows its label');
  check(await page.locator('main .trg').count() > 0, 'triggers are underlined');
  const arrows = await arrowsOnMentions(page);
  check(arrows.n > 0, 'event arrows are drawn (' + arrows.n + ')');
  check(arrows.bad.length === 0, 'every arrow runs from its actor to its recipient' + (arrows.bad.length ? ': ' + arrows.bad.join('; ') : ''));
  const multi = await page.evaluate(() => [...document.querySelectorAll('g.ev-arrow path.arrow')].some((p) => {
    const a = p.getPointAtLength(0); const b = p.getPointAtLength(p.getTotalLength()); return Math.abs(a.y - b.y) > 10;
  }));
  check(multi, 'some arrow joins mentions on different lines');
  await page.screenshot({ path: path.join(outdir, 'docs-page1.png'), fullPage: true });
  await page.locator('article.doc').first().screenshot({ path: path.join(outdir, 'docs-article1.png') });

  // Hovering a row highlights its event.
  await page.locator('table.events tr[data-ev]').first().hover();
  check(await page.locator('main .hl').count() > 0, 'hovering an event row highlights its trigger and arguments');
  await page.mouse.move(0, 0);

  // Type filter: the rarest type.
  const counts = {};
  for (const d of docs) for (const e of d.events) counts[e.event_type] = (counts[e.event_type] || 0) + 1;
  const rare = Object.keys(counts).sort((a, b) => counts[a] - counts[b] || a.localeCompare(b))[0];
  check(await page.locator('#type-filter option').count() === types.size + 1, 'type filter lists every event type and "all"');
  await page.selectOption('#type-filter', rare);
  const withRare = docs.filter((d) => d.events.some((e) => e.event_type === rare));
  const rows = await page.$$eval('table.events tr[data-ev]', (trs) => trs.map((t) => t.dataset.type));
  check(rows.length > 0 && rows.every((t) => t === rare), 'filter ' + rare + ': only ' + rare + ' rows (' + rows.length + ')');
  const filteredIds = await page.$$eval('article.doc', (as) => as.map((a) => a.dataset.id));
  check(JSON.stringify(filteredIds) === JSON.stringify(withRare.slice(0, pageSize).map((d) => d.id)), 'filter ' + rare + ': exactly the articles with such an event');
  const arrowTypes = await page.$$eval('g.ev-arrow', (gs) => gs.map((g) => g.dataset.type));
  check(arrowTypes.every((t) => t === rare), 'filter ' + rare + ': only its arrows');
  await page.screenshot({ path: path.join(outdir, 'docs-filtered.png'), fullPage: true });
  await page.selectOption('#type-filter', '');

  // Next page.
  if (docs.length > pageSize) {
    await page.click('#next');
    const second = await page.$$eval('article.doc', (as) => as.map((a) => a.dataset.id));
    check(JSON.stringify(second) === JSON.stringify(docs.slice(pageSize, 2 * pageSize).map((d) => d.id)), 'next page shows the next articles');
    check((await page.textContent('#page-info')).startsWith('page 2 of ' + Math.ceil(docs.length / pageSize)), 'page counter says page 2');
    const arrows2 = await arrowsOnMentions(page);
    check(arrows2.bad.length === 0, 'page 2: arrows on their mentions');
    await page.screenshot({ path: path.join(outdir, 'docs-page2.png'), fullPage: true });
    await page.click('#prev');
    check((await page.textContent('#page-info')).startsWith('page 1 '), 'previous page goes back');
    await page.click('#next-bottom');
    check((await page.textContent('#page-info-bottom')).startsWith('page 2 '), 'the pager below the articles turns pages too');
    await page.click('#prev-bottom');
  } else {
    check(false, 'the test needs more documents than a page holds');
  }

  // Label toggle.
  const label = await page.$eval('main mark.ent', (m) => m.dataset.label);
  await page.uncheck('#labels input[data-label="' + label + '"]');
  check(await page.locator('main mark.ent[data-label="' + label + '"]').count() === 0, 'unticking ' + label + ' hides its marks');
  check(await page.locator('main mark.ent').count() > 0, 'other labels stay');
  await page.check('#labels input[data-label="' + label + '"]');

  // Search.
  const target = docs[docs.length - 1].id;
  await page.fill('#search', target);
  await page.waitForFunction((id) => {
    const a = document.querySelectorAll('article.doc');
    return a.length === 1 && a[0].dataset.id === id;
  }, target, { timeout: 3000 }).then(() => check(true, 'search finds one article by id'), () => check(false, 'search finds one article by id'));
  check(problems.length === 0, 'docs page: no console error and nothing fetched' + (problems.length ? ': ' + problems.join('; ') : ''));
  await page.close();

  // A hostile article: its markup must appear as text.
  const h = await open(browser, hostile);
  const pwned = await h.page.evaluate(() => window.__pwned === undefined && document.querySelector('main b') === null && document.querySelectorAll('script').length === 2);
  check(pwned, 'hostile article: no script ran, no element made from its text');
  const shown = await h.page.textContent('main .text');
  check(shown.includes('</script><script>window.__pwned=1</script>') && shown.includes('<b>bold</b>'), 'hostile article: its markup is shown as text');
  check(h.problems.length === 0, 'hostile page: no console error' + (h.problems.length ? ': ' + h.problems.join('; ') : ''));
  await h.page.screenshot({ path: path.join(outdir, 'docs-hostile.png'), fullPage: true });
  await h.page.close();
}

async function evalMode(browser, [html, reportJson, outdir]) {
  const report = JSON.parse(fs.readFileSync(reportJson, 'utf8'));
  const { page, problems, loadMs } = await open(browser, html);
  console.log('eval page loaded in ' + loadMs + ' ms');
  const n = report.confusion.labels.length;
  check(await page.locator('svg.heat-map rect.hm-cell').count() === n * n, 'heat map has ' + n + '×' + n + ' cells');
  const cells = await page.$$eval('svg.heat-map rect.hm-cell', (rs) => rs.map((r) => [r.dataset.gold, r.dataset.pred, Number(r.dataset.n)]));
  const want = [];
  report.confusion.labels.forEach((g, i) => report.confusion.labels.forEach((p, j) => want.push([g, p, report.confusion.matrix[i][j]])));
  check(JSON.stringify(cells) === JSON.stringify(want), 'heat map cells hold the confusion counts');
  const box = await page.locator('svg.heat-map').boundingBox();
  check(box && box.width > 100 && box.height > 100, 'heat map is drawn at a visible size');
  const bars = await page.locator('#events svg.prf-bars rect.bar').count();
  check(bars === 3 * (Object.keys(report.events.labels).length + 1), 'event P/R/F1 bars: three per type and micro');
  const f1 = await page.$$eval('#events svg.prf-bars rect.bar.bar-f1', (rs) => rs.map((r) => r.getBBox().width));
  const wantF1 = Object.values(report.events.labels).map((p) => p.f1).concat([report.events.micro.f1]);
  check(f1.every((w, i) => Math.abs(w - Math.round(wantF1[i] * 260)) < 1), 'F1 bar lengths match the scores');
  const table = await page.textContent('#events table');
  const figures = Object.values(report.events.labels).map((p) => p.f1.toFixed(3));
  check(figures.every((f) => table.includes(f)), 'events table shows every F1');
  check(problems.length === 0, 'eval page: no console error and nothing fetched' + (problems.length ? ': ' + problems.join('; ') : ''));
  await page.screenshot({ path: path.join(outdir, 'eval.png'), fullPage: true });
  await page.close();
}

async function timeMode(browser, [html]) {
  const { page, problems, loadMs } = await open(browser, html);
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return { dcl: Math.round(nav.domContentLoadedEventEnd), load: Math.round(nav.loadEventEnd), articles: document.querySelectorAll('article.doc').length };
  });
  const t0 = Date.now();
  await page.click('#next');
  await page.waitForFunction(() => document.getElementById('page-info').textContent.startsWith('page 2'));
  const nextMs = Date.now() - t0;
  console.log('load ' + loadMs + ' ms (DOMContentLoaded ' + t.dcl + ' ms, load event ' + t.load + ' ms), ' +
    t.articles + ' articles on page 1, next page ' + nextMs + ' ms');
  // Generous bounds (a shared CI machine): they catch rendering every
  // article at once, not a slow afternoon.
  const limit = Number(process.env.ATTACHE_HTML_LOAD_LIMIT_MS || 10000);
  check(t.articles > 0, 'the first page shows articles');
  check(loadMs < limit, 'opens in under ' + limit + ' ms');
  check(nextMs < limit / 2, 'turns a page in under ' + limit / 2 + ' ms');
  check(problems.length === 0, 'no console error' + (problems.length ? ': ' + problems.join('; ') : ''));
  await page.close();
}

const [mode, ...args] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  if (mode === 'docs') await docsMode(browser, args);
  else if (mode === 'eval') await evalMode(browser, args);
  else if (mode === 'time') await timeMode(browser, args);
  else throw new Error('unknown mode ' + mode);
} finally {
  await browser.close();
}
console.log(checks - failures.length + ' passed, ' + failures.length + ' failed');
process.exit(failures.length ? 1 : 0);
