// Every character the app can show has a glyph in its fonts: the text of every
// shipped pack and every string literal of the UI and the core (messages, labels,
// formats) is handed to the running app, which answers with the characters its
// fonts would draw as "?". Arrows such as "→" and "↓" were missing once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, withFailureCapture } from './harness.mjs';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));

function filesUnder(dir, ending) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, ending));
    else if (name.endsWith(ending)) out.push(path);
  }
  return out;
}

function jsonStrings(value, out) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => jsonStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => jsonStrings(v, out));
  return out;
}

// Double-quoted C++ string literals (escapes kept: they are ASCII and always drawable).
function cppStrings(source) {
  return [...source.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)].map((m) => m[1]);
}

const texts = [];
for (const pack of ['sales-rep', 'manufacturing', 'example']) {
  for (const f of filesUnder(join(repo, 'content', pack), '.json')) jsonStrings(JSON.parse(readFileSync(f, 'utf8')), texts);
}
for (const dir of ['src/ui', 'src/core', 'src/app']) {
  for (const ending of ['.cpp', '.hpp']) {
    for (const f of filesUnder(join(repo, dir), ending)) texts.push(...cppStrings(readFileSync(f, 'utf8')));
  }
}

let app;
before(async () => { app = await openApp({ width: 800, height: 600 }); });
after(async () => { if (app) await app.close(); });
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));

it('every character of every pack text and UI string has a glyph', async () => {
  // Each distinct character once, with an example of where it is used.
  const where = new Map();
  for (const t of texts) for (const ch of t) if (!where.has(ch)) where.set(ch, t.slice(0, 60));
  const all = [...where.keys()].join('');
  assert.ok(where.size > 90, `only ${where.size} distinct characters collected`);
  assert.ok(all.includes('→'), 'an arrow is collected (arrows need the merged maths font)');
  const missing = await app.page.evaluate((text) => window.dealdojo.missingGlyphs(text), all);
  const report = missing.map((c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')} "${String.fromCodePoint(c)}" in "${where.get(String.fromCodePoint(c))}"`);
  assert.deepEqual(report, [], report.join('\n'));
});

// The first frame is drawn with a small atlas (ASCII and a little punctuation) so it
// comes sooner; the full one follows on the next frame. Whatever the first frame
// shows, its buttons, fields and screen state, must be drawable with the small one.
for (const [width, height] of [[800, 600], [390, 844]]) test(`the first frame shows only characters of its small atlas (${width}x${height})`, async () => {
  const first = await openApp({ width, height, waitForApp: false, hasTouch: width < 600, isMobile: width < 600 });
  try {
    // The wrapper is in place from the next load on (this one has started already).
    await first.page.addInitScript(() => {
      // Wraps the page's frame callback as soon as the page sets window.Module.
      Object.defineProperty(window, 'Module', {
        configurable: true,
        set(module) {
          const drawn = module.dealdojoFrameDrawn;
          const loaded = module.dealdojoLoaded;
          // The frame that first shows the learner's Home has the packs' characters only.
          module.dealdojoLoaded = function () {
            const strings = [];
            const collect = (v) => {
              if (typeof v === 'string') strings.push(v);
              else if (v && typeof v === 'object') Object.values(v).forEach(collect);
            };
            const state = window.dealdojo.state();
            collect(state);
            collect(window.dealdojo.widgets());
            const text = strings.join('\n');
            window.homeFrameText = { text, missing: window.dealdojo.missingGlyphs(text), atlas: state.atlas,
              // Latin Extended-A and Greek are in the fixed ranges, not in the shipped packs.
              fixedMissing: window.dealdojo.missingGlyphs('ŵΩ').length === 2 };
            return loaded.apply(this, arguments);
          };
          module.dealdojoFrameDrawn = function () {
            if (!window.firstFrameText) {
              const strings = [];
              const collect = (v) => {
                if (typeof v === 'string') strings.push(v);
                else if (v && typeof v === 'object') Object.values(v).forEach(collect);
              };
              collect(window.dealdojo.state());
              collect(window.dealdojo.widgets());
              const text = strings.join('\n');
              window.firstFrameText = { text, missing: window.dealdojo.missingGlyphs(text),
                loading: window.dealdojo.state().loading,
                // Shows the check is made against the small atlas: it has no pound sign.
                poundMissing: window.dealdojo.missingGlyphs('£').length === 1 };
            }
            return drawn.apply(this, arguments);
          };
          Object.defineProperty(window, 'Module', { value: module, writable: true, configurable: true });
        },
      });
    });
    await first.load();
    const seen = await first.page.evaluate(() => window.firstFrameText);
    assert.ok(seen, 'the first frame was observed');
    assert.equal(seen.loading, true, 'the first frame is drawn before the packs are read');
    assert.equal(seen.poundMissing, true, 'the first frame has the small atlas');
    assert.match(seen.text, /Home/, 'the first frame shows the navigation');
    const report = seen.missing.map((c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')} "${String.fromCodePoint(c)}"`);
    assert.deepEqual(report, [], report.join('\n'));
    const home = await first.page.evaluate(() => window.homeFrameText);
    assert.ok(home, 'the frame with Home\'s figures was observed');
    assert.equal(home.atlas, 'the packs\' characters');
    assert.equal(home.fixedMissing, true, 'Home\'s first frame has the packs\' atlas, not the full one');
    assert.match(home.text, /Customer Engagement/, 'Home shows the studied pack\'s domains');
    const homeReport = home.missing.map((c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')} "${String.fromCodePoint(c)}"`);
    assert.deepEqual(homeReport, [], homeReport.join('\n'));
    // After it, the full set: the pack texts' characters (checked above) are in.
    assert.deepEqual(await first.page.evaluate(() => window.dealdojo.missingGlyphs('ŵΩ£€→≤Σ')), []);
  } finally {
    await first.close();
  }
});

// The full set holds fixed ranges (European text, common signs) and, beyond them,
// whatever characters the loaded packs use that the fonts have: the shipped maths
// font holds every arrow and maths operator (cmake/assets.cmake), and a pack that
// uses rarer ones gets them into the atlas when it is added.
test('a pack added with characters beyond the fixed ranges gets them drawn', async () => {
  const app = await openApp({ width: 1280, height: 800 });  // wide enough for every section's button
  const pack = JSON.parse(readFileSync(join(repo, 'tests/data/cue-lint/giveaway.json'), 'utf8'));
  pack.id = 'beyond-ranges';
  pack.questions[0].stem = 'When is A ⊕ B the way to split a territory, ∮ or ⇄?';
  const folder = mkdtempSync(join(tmpdir(), 'dealdojo-glyphs-'));
  const file = join(folder, 'beyond-ranges.json');
  writeFileSync(file, JSON.stringify(pack));
  try {
    const probe = '⊕∮⇄';
    assert.equal((await app.page.evaluate((t) => window.dealdojo.missingGlyphs(t), probe)).length, 3,
      'before: none of them is in the atlas');
    await app.click('nav/packs');
    await app.page.waitForFunction(() => window.dealdojo.state().screen_state.can_pick_files === true);
    const chooser = app.page.waitForEvent('filechooser');
    await app.click('packs/add-file');
    await (await chooser).setFiles(file);
    await app.page.waitForFunction(() => window.dealdojo.state().screen_state.packs.some((p) => p.id === 'beyond-ranges' && p.usable));
    await app.nextFrames(2);
    assert.deepEqual(await app.page.evaluate((t) => window.dealdojo.missingGlyphs(t), probe), []);
    assert.deepEqual(await app.page.evaluate(() => window.dealdojo.missingGlyphs('£€→≤Σ')), []);
  } finally {
    rmSync(folder, { recursive: true, force: true });
    await app.close();
  }
});
