// SPDX-License-Identifier: MIT
// Opens a report.html (visual/report_html.cpp) from file:// in headless Chromium (Debian's, driven
// by playwright-core from visual/web/node_modules) and checks what issue 10 promises:
//
// - no console error and no uncaught exception;
// - no request but the file itself (each one is recorded, and any other is aborted);
// - nothing the data holds runs: window.alert, confirm and prompt are replaced before the page
//   loads and must never be called, no dialog opens, and no <img> element exists at all; the
//   sample's organisation named `</script><img src=x onerror=alert(1)>` shows as that text in the
//   team filter and the legend;
// - the map is drawn: a screenshot of #map has a luminance variance above MIN_VARIANCE and more
//   than MIN_INKED of its pixels differ from the background (see below);
// - typing NAME into #search selects the actor KEY (document.body.dataset.selected), and the
//   details panel shows its name;
// - the legend's first checkbox hides actors and the team filter keeps a team and its neighbours
//   (document.body.dataset.shown, the count of drawn actors, goes down and back up).
//
//   node check_report.mjs REPORT.html NAME KEY [SCREENSHOT.png]
//
// With CHECK_INJECTED=0 in the environment the two checks that the injected name is a team and a
// legend entry are left out (a report of other data: `ricochet analyze` on any input).
//
// Exit 0 when everything holds, 1 with one line per failure otherwise. A missing Chromium is a
// failure ("chromium not found: run .ci/build"), never a skip.
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const webRequire = createRequire(resolve(here, '../../visual/web/package.json'));

const [file, name, key, screenshotFile] = process.argv.slice(2);
if (!file || !name || !key) {
  console.error('usage: node check_report.mjs REPORT.html NAME KEY [SCREENSHOT.png]');
  process.exit(2);
}

// A blank canvas (one colour) has variance 0 and no inked pixel. The sample map, 2,033 discs and
// 21,797 translucent arcs on white at 1150x701, measured a variance of 1,369 grey levels² and
// 17 % inked pixels. The bounds sit far below that and far above what a blank canvas with a few
// stray pixels could give: variance 100 is one pixel in a hundred 100 grey levels away from the
// background; 2 % inked is more than a handful of labels would cover.
const MIN_VARIANCE = 100;
const MIN_INKED = 0.02;
// The name write_report_sample.cpp gives the largest team's organisation.
const INJECTED = '</script><img src=x onerror=alert(1)>';

const chromiumPath = process.env.RICOCHET_CHROMIUM || '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  console.error(`chromium not found: run .ci/build (looked for ${chromiumPath})`);
  process.exit(1);
}
let chromium;
try {
  ({ chromium } = webRequire('playwright-core'));
} catch {
  console.error('playwright-core not found in visual/web/node_modules: run .ci/build');
  process.exit(1);
}

// --- PNG decoding (8-bit RGB or RGBA, not interlaced: what Chromium's screenshots are) ---
function decodePng(buffer) {
  const signature = '89504e470d0a1a0a';
  if (buffer.subarray(0, 8).toString('hex') !== signature) throw new Error('not a PNG');
  let width = 0, height = 0, channels = 0;
  const data = [];
  for (let at = 8; at < buffer.length;) {
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString('latin1', at + 4, at + 8);
    const body = buffer.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colorType, , , interlace] = body.subarray(8, 13);
      channels = { 2: 3, 6: 4 }[colorType];
      if (depth !== 8 || !channels || interlace !== 0) {
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colorType}, interlace ${interlace}`);
      }
    } else if (type === 'IDAT') {
      data.push(body);
    } else if (type === 'IEND') {
      break;
    }
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; ++y) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = pixels.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    for (let i = 0; i < stride; ++i) {
      const a = i >= channels ? out[i - channels] : 0;
      const b = up[i];
      const c = i >= channels ? up[i - channels] : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw new Error(`bad PNG filter ${filter}`);
      out[i] = (line[i] + predictor) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

// Luminance (Rec. 601) variance, and the share of pixels more than 16 levels from the most
// common luminance (the background).
function pictureStatistics({ width, height, channels, pixels }) {
  const n = width * height;
  const luminance = new Float64Array(n);
  const histogram = new Uint32Array(256);
  let sum = 0;
  for (let i = 0; i < n; ++i) {
    const p = i * channels;
    const l = 0.299 * pixels[p] + 0.587 * pixels[p + 1] + 0.114 * pixels[p + 2];
    luminance[i] = l;
    histogram[Math.round(l)] += 1;
    sum += l;
  }
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; ++i) squares += (luminance[i] - mean) ** 2;
  const background = histogram.indexOf(Math.max(...histogram));
  let inked = 0;
  for (let i = 0; i < n; ++i) if (Math.abs(luminance[i] - background) > 16) inked += 1;
  return { width, height, variance: squares / n, background, inked: inked / n };
}

// The map drawn, its legend, team filter and search, on a ready page; measures go into `seen`.
async function exercise(page, seen) {
  const shape = await page.evaluate(() => ({
    canvases: document.querySelectorAll('#map canvas').length,
    shown: Number(document.body.dataset.shown),
    legend: [...document.querySelectorAll('#legend label')].map((label) => label.textContent),
    teams: [...document.querySelectorAll('#team-filter option')].map((option) => [option.value, option.textContent]),
  }));
  seen.all = shape.shown;
  seen.teams = shape.teams.length - 1;
  seen.legend = shape.legend.length;
  check(shape.canvases > 0, 'sigma made no canvas in #map');
  check(shape.shown > 0, `no actor drawn (shown = ${shape.shown})`);
  check(shape.teams.length > 1, 'the team filter lists no team');
  check(shape.legend.length > 0, 'the legend has no checkbox');
  // The sample names a team after the injection; a report of other data (CHECK_INJECTED=0) need not.
  const expectInjected = process.env.CHECK_INJECTED !== '0';
  const nastyTeam = shape.teams.find(([, text]) => text === INJECTED);
  if (expectInjected) {
    check(nastyTeam !== undefined, 'no team option shows the injected name as text');
    check(shape.legend.some((text) => text.includes(INJECTED)), 'no legend entry shows the injected name as text');
  }

  // The canvas.
  await page.waitForTimeout(500);  // let the first frames settle
  const png = await page.locator('#map').screenshot();
  if (screenshotFile) writeFileSync(screenshotFile, png);
  const picture = pictureStatistics(decodePng(png));
  seen.picture = picture;
  check(picture.variance > MIN_VARIANCE,
        `the map looks blank: luminance variance ${picture.variance.toFixed(1)} <= ${MIN_VARIANCE}`);
  check(picture.inked > MIN_INKED,
        `the map looks blank: ${(100 * picture.inked).toFixed(2)} % inked pixels <= ${100 * MIN_INKED} %`);

  // The legend's first colour, then the injected team, then back to everything.
  const shown = () => page.evaluate(() => Number(document.body.dataset.shown));
  const firstColour = page.locator('#legend input[type=checkbox]').first();
  await firstColour.uncheck();
  seen.withoutFirstColour = await shown();
  check(seen.withoutFirstColour < seen.all, `unticking the first colour hid nothing (${seen.withoutFirstColour} of ${seen.all})`);
  await firstColour.check();
  if (nastyTeam) {
    await page.selectOption('#team-filter', nastyTeam[0]);
    seen.inTeam = await shown();
    check(seen.inTeam > 1 && seen.inTeam < seen.all, `the team filter kept ${seen.inTeam} of ${seen.all} actors`);
    await page.selectOption('#team-filter', '');
  }
  const restored = await shown();
  check(restored === seen.all, `back to all teams and colours: ${restored} actors drawn, expected ${seen.all}`);

  // Search.
  await page.fill('#search', name);
  await page
    .waitForFunction((expected) => document.body.dataset.selected === expected, key, { timeout: 5000 })
    .catch(() => {});  // reported just below
  seen.selected = await page.evaluate(() => document.body.dataset.selected);
  check(seen.selected === key,
        `searching ${JSON.stringify(name)} selected ${JSON.stringify(seen.selected)}, expected ${JSON.stringify(key)}`);
  const details = await page.locator('#details').textContent();
  check(details.includes(name), `the details panel shows ${JSON.stringify(details)}, not ${JSON.stringify(name)}`);
  await page.waitForTimeout(600);  // the camera's move, in case it broke something
}

// --- the browser ---
const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};
const pageUrl = pathToFileURL(resolve(file)).href;
const consoleMessages = [];
const pageErrors = [];
const requests = [];
const dialogs = [];

const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
         '--disable-background-networking', '--disable-component-update', '--disable-sync',
         '--no-first-run', '--disable-quic'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  // Only the page itself may load; anything else is recorded (below) and aborted.
  await context.route('**/*', (route) => (route.request().url() === pageUrl ? route.continue() : route.abort()));
  const page = await context.newPage();
  page.on('console', (message) => consoleMessages.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  await page.addInitScript(() => {
    window.__calls = [];
    for (const name of ['alert', 'confirm', 'prompt']) {
      window[name] = (...args) => {
        window.__calls.push(`${name}(${args.join(', ')})`);
      };
    }
  });

  await page.goto(pageUrl, { waitUntil: 'load' });
  const ready = await page
    .waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 60000 })
    .then(() => true, () => false);
  check(ready, 'the map never became ready (document.body.dataset.ready)');
  const seen = {};
  try {
    if (ready) await exercise(page, seen);
  } catch (error) {
    failures.push(`the page stopped answering: ${String(error.message).split('\n')[0]}`);
  }

  // What the page did meanwhile, and what it left.
  const calls = await page.evaluate(() => window.__calls);
  check(calls.length === 0, `alert, confirm or prompt called: ${calls.join('; ')}`);
  check(dialogs.length === 0, `dialogs opened: ${dialogs.join('; ')}`);
  const images = await page.evaluate(() => [...document.querySelectorAll('img')].map((img) => img.getAttribute('src')));
  check(images.length === 0, `the page has <img> elements, with src ${JSON.stringify(images)}`);
  const errors = consoleMessages.filter((message) => message.type === 'error');
  check(errors.length === 0, `console errors: ${errors.map((message) => message.text).join(' | ')}`);
  check(pageErrors.length === 0, `page errors: ${pageErrors.join(' | ')}`);
  const foreign = requests.filter((url) => url !== pageUrl);
  check(foreign.length === 0, `requests other than the page: ${foreign.join(', ')}`);

  console.log(`${file}:`);
  console.log(`  console messages: ${consoleMessages.length === 0 ? 'none'
    : consoleMessages.map((message) => `[${message.type}] ${message.text}`).join(' | ')}`);
  console.log(`  requests: ${requests.join(', ')}`);
  if (seen.picture) {
    const { picture } = seen;
    console.log(`  map screenshot ${picture.width}x${picture.height}: luminance variance ${picture.variance.toFixed(1)}` +
                ` (min ${MIN_VARIANCE}), ${(100 * picture.inked).toFixed(1)} % inked (min ${100 * MIN_INKED} %),` +
                ` background ${picture.background}`);
  }
  console.log(`  actors drawn: ${seen.all}; without the first colour: ${seen.withoutFirstColour}; ` +
              `with the injected team's filter: ${seen.inTeam}`);
  console.log(`  search ${JSON.stringify(name)} -> selected ${JSON.stringify(seen.selected)}`);
  console.log(`  teams listed: ${seen.teams}; legend entries: ${seen.legend}; ` +
              `alert/confirm/prompt calls: ${calls.length}; dialogs: ${dialogs.length}; <img>: ${images.length}`);
} finally {
  await browser.close();
}

if (failures.length > 0) {
  for (const failure of failures) console.error(`${file}: ${failure}`);
  process.exit(1);
}
