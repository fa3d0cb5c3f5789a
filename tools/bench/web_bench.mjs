// Web build figures, DealDojo beside an empty Dear ImGui app built the same way
// (tools/bench/empty_app, in <web build>/empty_app), measured in one run in
// headless Chromium, each app served by scripts/serve.mjs in a process of its own:
//   - transfer size of .wasm/.js/.data and the page files, raw and gzip -9;
//   - time from navigation to the first drawn frame, and to the first frame with the
//     packs and progress loaded (Home's figures), medians of 11 fresh loads, with the
//     app's own milestones (window.dealdojo.marks) and phases (window.dealdojo.state().startup);
//   - main-thread CPU per frame on the busiest screens (CDP TaskDuration over
//     frames drawn while the app is kept drawing);
//   - idle CPU: main-thread time over 10 idle seconds, and frames drawn meanwhile;
//   - the trainer studio on a generated 10,000-question pack: the longest frame while
//     its question list scrolls and while a question's form is typed into, and the
//     frame that runs the whole-pack check once typing pauses.
// Targets: first frame <= 1.2x the empty app, Home's figures <= 1.6x; app + default
// pack <= 1.5 MB gzip; CPU per frame <= 2 ms.
import { chromium } from 'playwright-core';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { AppDriver, chromiumArgs, webDir } from '../../tests/browser/harness.mjs';

const emptyDir = join(webDir, 'empty_app');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(2)} ms`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const sleep = (millis) => new Promise((r) => setTimeout(r, millis));
// Start-up times vary widely from load to load on a shared machine: 11 loads of each app.
const startupLoads = 11;
// How long a newly launched browser is left alone before the page is loaded.
const browserSettleMs = 1000;

// How each app is loaded and asked about its frames.
const apps = {
  dealdojo: {
    // index.html carries the page's stylesheet and scripts (cmake/web_page.cmake).
    dir: webDir, files: ['dealdojo.wasm', 'dealdojo.js', 'dealdojo_content.json', 'dealdojo_content.data',
      'index.html', 'sw.js', 'manifest.webmanifest'],
    ready: () => window.dealdojo && window.dealdojo.ready && window.dealdojo.loadedAt !== null,
    firstFrameAt: () => window.dealdojo.firstFrameAt,
    loadedAt: () => window.dealdojo.loadedAt,
    startup: () => window.dealdojo.state().startup,
    // Read without waking the app (window.dealdojo.frames() would wake it).
    frameCount: () => Module._dd_frame_count(),
    keepDrawing: () => Module._dd_wake(1),
    // The app's own CPU in drawn frames: UI code (NewFrame..Render) and GL submission.
    frameCpu: () => JSON.parse(Module.UTF8ToString(Module._dd_frame_cpu_json())),
  },
  empty: {
    dir: emptyDir, files: ['empty_app.wasm', 'empty_app.js', 'index.html'],
    ready: () => typeof window.emptyAppFirstFrameAt === 'number',
    firstFrameAt: () => window.emptyAppFirstFrameAt,
    loadedAt: () => window.emptyAppFirstFrameAt,
    startup: null,
    frameCount: () => Module._empty_frame_count(),
    keepDrawing: () => {},
    frameCpu: null,
  },
};

async function sizes(app) {
  let raw = 0, gz = 0;
  const rows = [];
  for (const file of app.files) {
    const path = join(app.dir, file);
    const size = (await stat(path)).size;
    const zipped = gzipSync(await readFile(path), { level: 9 }).length;
    raw += size; gz += zipped;
    rows.push([file, size, zipped]);
  }
  return { rows, raw, gz };
}

// The app's folder served by scripts/serve.mjs in a process of its own, as `make run`
// serves it. Served from this process, which also drives Chromium, the files waited
// behind the DevTools messages it handles during a load: the wasm's last byte came
// ~40 ms later, DealDojo's first frame 28-50 ms later (README, Performance).
const serveScript = fileURLToPath(new URL('../../scripts/serve.mjs', import.meta.url));
const serverProcesses = new Set();
process.on('exit', () => { for (const child of serverProcesses) child.kill(); });  // also when the bench fails
function serveInItsOwnProcess(dir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [serveScript, dir, '0', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    serverProcesses.add(child);
    let output = '';
    let serving = false;
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = / at (http:\S+)/.exec(output);
      if (match && !serving) {
        serving = true;
        resolve({ url: match[1], close: () => child.kill() });
      }
    });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('error', (err) => reject(new Error(`could not start the server for ${dir}: ${err.message}`)));
    child.on('exit', (code) => {
      serverProcesses.delete(child);
      if (!serving) reject(new Error(`the server for ${dir} stopped (exit code ${code}): ${output.trim()}`));
    });
  });
}

// A fresh browser profile on a server of the app's folder.
async function open(app, { width = 1280, height = 800 } = {}) {
  const server = await serveInItsOwnProcess(app.dir);
  const { url } = server;
  const profile = await mkdtemp(join(tmpdir(), 'dealdojo-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', args: chromiumArgs, viewport: { width, height },
  });
  const page = context.pages()[0] || (await context.newPage());
  // A new browser spends its first second setting up the profile; on two cores that
  // competed with the page and measured the browser's start as much as the app's.
  await sleep(browserSettleMs);
  await page.goto(url);
  await page.waitForFunction(app.ready, null, { timeout: 60000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const close = async () => {
    await context.close();
    server.close();
    await rm(profile, { recursive: true, force: true });
  };
  return { page, cdp, url, close };
}

// Navigation to the first frame and to the loaded frame (ms), and the app's phases.
async function startupMs(app) {
  const session = await open(app);
  try {
    const start = await session.page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return nav ? nav.startTime : 0;
    });
    return {
      first: (await session.page.evaluate(app.firstFrameAt)) - start,
      loaded: (await session.page.evaluate(app.loadedAt)) - start,
      runtime: app.startup ? (await session.page.evaluate(() => window.dealdojo.runtimeAt)) - start : null,
      marks: app.startup ? Object.fromEntries(Object.entries(await session.page.evaluate(() => window.dealdojo.marks))
        .map(([name, at]) => [name, at - start])) : {},
      phases: app.startup ? await session.page.evaluate(app.startup) : [],
    };
  } finally {
    await session.close();
  }
}

async function mainThreadSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value;
}

const frameCount = (page, app) => page.evaluate(app.frameCount);

// Main-thread time and frames over `seconds` with no input at all.
async function idle(app, seconds = 10) {
  const session = await open(app);
  try {
    await sleep(1500);  // let start-up work (IndexedDB, the mirror) finish
    const cpu0 = await mainThreadSeconds(session.cdp);
    const frames0 = await frameCount(session.page, app);
    await sleep(seconds * 1000);
    const cpu = (await mainThreadSeconds(session.cdp)) - cpu0;
    const frames = (await frameCount(session.page, app)) - frames0;
    return { cpuPercent: (cpu / seconds) * 100, cpuMs: cpu * 1000, frames };
  } finally {
    await session.close();
  }
}

// Main-thread time per drawn frame while the app is kept drawing for `seconds`.
async function cpuPerFrame(session, app, seconds = 2) {
  await session.page.evaluate(`window.benchKeepDrawing = true; (function loop() {
    if (!window.benchKeepDrawing) return; (${app.keepDrawing.toString()})(); requestAnimationFrame(loop); })()`);
  await sleep(300);
  const cpu0 = await mainThreadSeconds(session.cdp);
  const frames0 = await frameCount(session.page, app);
  const own0 = app.frameCpu ? await session.page.evaluate(app.frameCpu) : null;
  await sleep(seconds * 1000);
  const cpu = (await mainThreadSeconds(session.cdp)) - cpu0;
  const frames = (await frameCount(session.page, app)) - frames0;
  const own1 = app.frameCpu ? await session.page.evaluate(app.frameCpu) : null;
  await session.page.evaluate('window.benchKeepDrawing = false');
  const result = { perFrameMs: frames > 0 ? (cpu * 1000) / frames : NaN, frames };
  if (own0 && own1 && own1.frames > own0.frames) {
    const n = own1.frames - own0.frames;
    result.buildMs = (own1.build_ms - own0.build_ms) / n;
    result.renderMs = (own1.render_ms - own0.render_ms) / n;
  }
  return result;
}

// DealDojo's busiest screens, reached by clicking as a learner would.
const screens = [
  ['Home (domain table)', []],
  ['Practice question', ['nav/practice', 'practice/start']],
  ['Mock exam, navigator of 60', ['nav/mock', 'mock/start', 'key:Escape']],
  ['Deal desk, deferred revenue chart', ['nav/deals', 'deals/tool/deferred']],
];

async function busyScreens() {
  const session = await open(apps.dealdojo);
  const driver = new AppDriver(session.page, session.url, [], []);
  const rows = [];
  try {
    for (const [label, steps] of screens) {
      for (const step of steps) {
        if (step.startsWith('key:')) await driver.press(step.slice(4)); else await driver.click(step);
      }
      rows.push([label, await cpuPerFrame(session, apps.dealdojo)]);
    }
  } finally {
    await session.close();
  }
  const empty = await open(apps.empty);
  try {
    rows.push(['Empty app (reference)', await cpuPerFrame(empty, apps.empty)]);
  } finally {
    await empty.close();
  }
  return rows;
}

const verdict = (ok) => (ok ? 'meets target' : 'MISSES target');

// A valid pack of `count` questions with filler text (as tools/bench/generated_pack.hpp).
function generatedPack(count) {
  const vocabulary = ['pipeline', 'customer', 'forecast', 'territory', 'renewal', 'value', 'discovery', 'proposal',
    'objection', 'commitment', 'quota', 'account'];
  let state = 1;
  const words = (n) => Array.from({ length: n }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return vocabulary[state % vocabulary.length];
  }).join(' ');
  const domains = [['planning', 21], ['customer-engagement', 15], ['deal-management', 37], ['pipeline-management', 12],
    ['forecasting', 6], ['customer-success', 9]];
  const questions = Array.from({ length: count }, (_, i) => ({
    id: `q-${i}`, domain: domains[i % 6][0], subtopic: `topic-${i % 20}`, kind: 'single', choose: 1,
    stem: `${words(18)}?`,
    options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: words(6), why: words(10) })),
    correct: [['a', 'b', 'c', 'd'][i % 4]], explanation: words(30), source: `Notes, part ${i % 40}`,
    difficulty: ['easy', 'medium', 'hard'][i % 3], tags: ['bench'],
  }));
  return {
    format: 1, id: 'studio-bench', title: 'Studio benchmark', version: '1.0.0', locale: 'en-GB', authors: ['DealDojo'],
    licence: 'CC-BY-4.0',
    blueprint: { questions: 60, minutes: 105, pass_percent: 70, domains: domains.map(([id, weight]) => ({ id, name: id, weight })) },
    questions,
  };
}

// The studio with 10,000 questions: opened from a file, then scrolled and typed in.
async function studioFigures() {
  const folder = await mkdtemp(join(tmpdir(), 'dealdojo-studio-bench-'));
  const file = join(folder, 'studio-bench.json');
  await writeFile(file, JSON.stringify(generatedPack(10000)));
  const session = await open(apps.dealdojo, { width: 1280, height: 900 });
  const driver = new AppDriver(session.page, session.url, [], []);
  const longest = async () => (await session.page.evaluate(apps.dealdojo.frameCpu)).longest_ms;
  // A draft this big is checked when asked (Check now), not after every pause.
  const checkedAll = async () => {
    // The button can come a frame after the count: frames() keeps the app drawing.
    await session.page.waitForFunction(() => {
      window.dealdojo.frames();
      const s = window.dealdojo.state().screen_state;
      return s.questions && s.questions.count === 10000 && 'author/check-now' in window.dealdojo.widgets();
    }, null, { timeout: 180000 });
    await driver.click('author/check-now');
    await session.page.waitForFunction(() => window.dealdojo.state().screen_state.check.fresh, null, { timeout: 180000 });
  };
  try {
    await driver.click('nav/author');
    const chooser = session.page.waitForEvent('filechooser');
    await driver.click('author/open');
    await (await chooser).setFiles(file);
    await checkedAll();
    const opened = (await session.page.evaluate(() => window.dealdojo.state().screen_state.check.ms));
    // Scrolling the list: 40 wheel steps over it.
    const row = await driver.widget('author/q/item/0');
    await session.page.mouse.move(row.x + row.w / 2, row.y + 200);
    await driver.nextFrames(2);
    await longest();
    for (let i = 0; i < 40; i++) {
      await session.page.mouse.wheel(0, 400);
      await driver.nextFrames(1);
    }
    const scroll = await longest();
    // Typing into the selected question's stem, a key every 60 ms.
    await driver.click('author/q/field/stem');
    await longest();
    const frames0 = await session.page.evaluate(apps.dealdojo.frameCount);
    await session.page.keyboard.type('abcdefghijklmnopqrst', { delay: 60 });
    await driver.nextFrames(2);
    const typing = await longest();
    const typedFrames = (await session.page.evaluate(apps.dealdojo.frameCount)) - frames0;
    // The pause: the autosave writes what changed; then the check, asked for, runs in one frame.
    await sleep(1500);
    await driver.nextFrames(2);
    const save = await longest();
    await checkedAll();
    await driver.nextFrames(2);
    const pause = await longest();
    const check = await session.page.evaluate(() => window.dealdojo.state().screen_state.check.ms);
    return { opened, scroll, typing, typedFrames, save, pause, check };
  } finally {
    await session.close();
    await rm(folder, { recursive: true, force: true });
  }
}

// `--studio` runs only the studio's figures (they take a minute on their own).
// `--startup` only the start-up loads (for working on start-up).
const studioOnly = process.argv.includes('--studio');
const startupOnly = process.argv.includes('--startup');
if (!studioOnly) await startupAndFrames();

async function startupAndFrames() {
  const ours = await sizes(apps.dealdojo);
  const reference = await sizes(apps.empty);
  console.log(`Transfer sizes (${webDir}):`);
  console.log('  file                    raw          gzip -9');
  for (const [file, raw, gz] of [...ours.rows, ['DealDojo total', ours.raw, ours.gz], ...reference.rows.map(
    ([f, r, g]) => [`empty/${f}`, r, g]), ['empty app total', reference.raw, reference.gz]]) {
    console.log(`  ${file.padEnd(22)}  ${kb(raw).padStart(10)}  ${kb(gz).padStart(10)}`);
  }
  console.log(`  app + default pack, gzip: ${(ours.gz / 1024 / 1024).toFixed(2)} MB (target <= 1.5 MB: ` +
    `${verdict(ours.gz <= 1.5 * 1024 * 1024)})`);

  const loads = { dealdojo: [], empty: [] };
  // Interleaved, so machine load hits both alike, and each goes first in every other
  // round, so neither always follows the other's browser closing down.
  for (let i = 0; i < startupLoads; i++) {
    for (const name of i % 2 === 0 ? ['dealdojo', 'empty'] : ['empty', 'dealdojo']) {
      loads[name].push(await startupMs(apps[name]));
    }
  }
  const spread = (runs) => `${median(runs).toFixed(0)} ms (${Math.min(...runs).toFixed(0)}-${Math.max(...runs).toFixed(0)})`;
  const firsts = (name) => loads[name].map((r) => r.first);
  const emptyFirst = median(firsts('empty'));
  const ratio = median(firsts('dealdojo')) / emptyFirst;
  const loadedRatio = median(loads.dealdojo.map((r) => r.loaded)) / emptyFirst;
  console.log(`Navigation to first frame (headless Chromium, ${startupLoads} fresh loads each, median (min-max)):`);
  console.log(`  empty app  first frame ${spread(firsts('empty'))}`);
  console.log(`  dealdojo   first frame ${spread(firsts('dealdojo'))}: ${ratio.toFixed(2)}x the empty app ` +
    `(target <= 1.2x: ${verdict(ratio <= 1.2)})`);
  console.log(`  dealdojo   Home's figures ${spread(loads.dealdojo.map((r) => r.loaded))}: ${loadedRatio.toFixed(2)}x ` +
    `the empty app's first frame (target <= 1.6x: ${verdict(loadedRatio <= 1.6)})`);
  console.log('  DealDojo start-up, median per phase (window.dealdojo.runtimeAt, window.dealdojo.state().startup):');
  console.log(`    ${'page, .js and .wasm downloaded, compiled, ready'.padEnd(44)} ${median(loads.dealdojo.map((r) => r.runtime)).toFixed(1)} ms after navigation`);
  console.log('  DealDojo start-up, median time after navigation (window.dealdojo.marks):');
  for (const mark of ['page script', 'WebGL context made', 'wasm asked', 'wasm compiled', 'wasm instantiated', 'packs downloaded', 'main() stops waiting for the packs', 'main', 'window open', 'first frame started', 'first frame drawn', 'packs in the file system', 'saved data none', 'saved data opened', 'saved data read']) {
    const values = loads.dealdojo.map((r) => r.marks[mark]).filter((v) => typeof v === 'number');
    if (values.length) console.log(`    ${mark.padEnd(44)} ${median(values).toFixed(0)} ms`);
  }
  console.log('  DealDojo start-up, median time per phase (window.dealdojo.state().startup):');
  const phaseNames = [...new Set(loads.dealdojo.flatMap((r) => r.phases.map((p) => p.phase.replace(/ \(frame \d+\)/, ''))))];
  for (const name of phaseNames) {
    const values = loads.dealdojo.map((r) => (r.phases.find((p) => p.phase.replace(/ \(frame \d+\)/, '') === name) || {}).ms)
      .filter((v) => typeof v === 'number');
    console.log(`    ${name.padEnd(44)} ${median(values).toFixed(1)} ms`);
  }
  if (startupOnly) return;

  console.log('CPU per frame while drawing, 2 s each. "app" = the app\'s own code per frame (UI build +');
  console.log('GL submission, timed in the frame); "main thread" = everything on the page\'s main thread');
  console.log('(CDP TaskDuration / frames), which here includes SwiftShader\'s software WebGL:');
  for (const [label, r] of await busyScreens()) {
    const own = r.buildMs === undefined ? '' : `app ${ms(r.buildMs + r.renderMs)} (UI ${ms(r.buildMs)} + GL ${ms(r.renderMs)}) ` +
      `(target <= 2 ms: ${verdict(r.buildMs + r.renderMs <= 2)}); `;
    console.log(`  ${label.padEnd(36)} ${own}main thread ${ms(r.perFrameMs)} over ${r.frames} frames`);
  }

  console.log('Idle CPU over 10 s with no input (CDP TaskDuration):');
  for (const name of ['dealdojo', 'empty']) {
    const r = await idle(apps[name]);
    console.log(`  ${name.padEnd(10)} ${r.cpuPercent.toFixed(2)}% of a core (${r.cpuMs.toFixed(0)} ms), ${r.frames} frames drawn`);
  }
}

const studio = startupOnly ? null : await studioFigures();
if (studio) {
console.log('Trainer studio, a generated 10,000-question pack (the app\'s own frame: UI + GL):');
console.log(`  opened from a file; its whole-pack check took ${studio.opened.toFixed(0)} ms`);
console.log(`  question list, 40 wheel steps: longest frame ${ms(studio.scroll)} ` +
  `(a long frame is > 50 ms: ${verdict(studio.scroll <= 50)})`);
console.log(`  typing 20 keys into a question's stem: longest frame ${ms(studio.typing)} over ${studio.typedFrames} frames ` +
  `(keystroke drawn within 50 ms: ${verdict(studio.typing <= 50)})`);
console.log(`  after a pause, the autosave's frame (the changed file of 500 questions and draft.json): ${ms(studio.save)} ` +
  `(${verdict(studio.save <= 50)})`);
console.log(`  "Check now": the whole-pack check's frame ${ms(studio.pause)} (check ${studio.check.toFixed(0)} ms; ` +
  `one frame, asked for: ${verdict(studio.pause <= 50)})`);
}
