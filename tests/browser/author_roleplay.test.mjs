// The studio's Role-play tab in a real browser: a new role-play pack opens on its
// starter script with a map whose ideal path is marked; a typo typed into the
// script is listed at its line and column within a second while the map keeps
// the last good compile; a click on the problem puts the cursor there and typing
// fixes it; "Play from here" on a map node runs the preview to an ending and its
// debrief, and back to the map; Ctrl+Z takes a typed word back whole and
// Ctrl+Shift+Z redoes it; after a reload the script, with its fix, is still there.
//
// The script's text is read from the autosaved draft (studio/draft.json in the
// app's IndexedDB-backed folder), the one place the app keeps it outside the editor.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, withFailureCapture } from './harness.mjs';

// The starter script (core/studio/draft_start.cpp): the lines typed into below.
const BUYER_LINE = 12;   // "buyer: Honestly, this quarter is a bad time to look at anything new."
const TARGET_LINE = 17;  // "  -> clarify" (the cushion choice of node opening)
const TARGET_COLUMN = 6;

let app;
let profile;
before(async () => {
  profile = await mkdtemp(join(tmpdir(), 'dealdojo-author-roleplay-'));
  app = await openApp({ profileDir: profile, width: 1280, height: 900 });
});
after(async () => {
  if (app) await app.close();
  await rm(profile, { recursive: true, force: true });
});
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));
const author = async () => (await app.state()).screen_state;
const roleplay = async () => (await author()).roleplay;

// Waits until the selected script is compiled (the compile is debounced) and `ok` holds.
async function compiled(ok = () => true, timeout = 5000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const s = await roleplay();
    if (s.scripts[s.selected]?.compiled && ok(s)) return s;
    if (Date.now() > deadline) assert.fail(`the script never compiled as expected: ${JSON.stringify(s.problems)}`);
    await app.nextFrames(2);
  }
}

// The first script's lines as autosaved, once `ok(lines)` holds (the save follows a change by ~0.4 s).
async function savedLines(ok, what) {
  const deadline = Date.now() + 5000;
  let lines = [];
  for (;;) {
    const text = await app.page.evaluate(() => {
      try {
        return JSON.parse(window.Module.FS.readFile('/userdata/studio/draft.json', { encoding: 'utf8' })).scripts[0].text;
      } catch {
        return '';
      }
    });
    lines = text.split('\n');
    if (ok(lines)) return lines;
    if (Date.now() > deadline) assert.fail(`the saved script never showed ${what}; lines 10-18:\n${lines.slice(9, 18).join('\n')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const line = (lines, n) => lines[n - 1];

// Puts the editor's cursor at the end of line `n` with the keyboard, as a trainer
// would. Each press waits for its frames: presses of one key quicker than the
// frames lose some (see Window::run_frame; reported with issue #21's tests).
async function cursorToEndOf(n) {
  await app.click('author/roleplay/editor');
  await app.press('Control+Home');
  for (let i = 1; i < n; i++) await app.press('ArrowDown');
  await app.press('End');
}

// Drawn, and inside the rectangle of `outer`.
async function drawnInside(name, outer) {
  const rects = await app.widgets();
  const r = rects[name];
  const o = rects[outer];
  assert.ok(r, `${name} is drawn`);
  assert.ok(r.x >= o.x - 0.5 && r.y >= o.y - 0.5 && r.x + r.w <= o.x + o.w + 0.5 && r.y + r.h <= o.y + o.h + 0.5,
    `${name} lies inside ${outer}: ${JSON.stringify(r)} in ${JSON.stringify(o)}`);
}

let original;  // the starter script's lines

it('a new role-play pack opens the Role-play tab on its starter script, with a map and its ideal path', async () => {
  await app.click('nav/author');
  assert.equal((await author()).has_draft, false);
  await app.click('author/new-roleplay');
  const a = await author();
  assert.equal(a.has_draft, true);
  assert.equal(a.tab, 'roleplay');
  const s = await compiled();
  assert.equal(s.scripts.length, 1);
  assert.equal(s.scripts[0].errors, 0, JSON.stringify(s.problems));
  assert.deepEqual(s.problems.filter((p) => p.severity === 'error'), []);
  assert.equal(s.showing_last_good, false);
  assert.ok(s.map, 'a map is drawn');
  const ids = s.map.nodes.map((n) => n.id);
  assert.deepEqual([...ids].sort(), ['clarify', 'committed', 'lost', 'opening']);
  for (const id of ids) await drawnInside(`author/roleplay/node/${id}`, 'author/roleplay/map');
  // The ideal path: the best choices from the start to the best ending.
  assert.deepEqual(s.map.nodes.filter((n) => n.on_ideal_path).map((n) => n.id).sort(), ['clarify', 'committed', 'opening']);
  assert.equal(s.map.ideal_steps, 2);
  assert.equal(s.map.nodes.find((n) => n.id === 'committed').ending, 'committed');
  assert.ok(s.map.nodes.every((n) => !n.unreachable && !n.dead_end));
  assert.deepEqual(app.pageErrors, []);

  original = await savedLines((l) => line(l, TARGET_LINE) === '  -> clarify', 'the starter script');
  assert.match(line(original, BUYER_LINE), /^buyer: Honestly/);
});

it('a typo in a target is listed at its line and column within a second; the map keeps the last good compile', async () => {
  await cursorToEndOf(TARGET_LINE);
  for (let i = 0; i < 3; i++) await app.press('Backspace');
  await app.type('fy');  // "clarify" is now "clarfy"
  const typed = Date.now();
  await app.page.waitForFunction(() =>
    window.dealdojo.state().screen_state.roleplay.problems.some((p) => p.severity === 'error'), null, { timeout: 1000 })
    .catch(() => assert.fail('no error listed within a second of typing'));
  const shownAfter = Date.now() - typed;
  const s = await roleplay();
  const errors = s.problems.filter((p) => p.severity === 'error');
  assert.equal(errors.length, 1, JSON.stringify(s.problems));
  assert.equal(errors[0].line, TARGET_LINE);
  assert.equal(errors[0].column, TARGET_COLUMN);
  assert.match(errors[0].message, /'clarfy'/);
  assert.equal(s.scripts[0].errors, 1);
  // The map and the preview keep the last version that compiled.
  assert.equal(s.showing_last_good, true);
  assert.deepEqual(s.map.nodes.map((n) => n.id).sort(), ['clarify', 'committed', 'lost', 'opening']);
  await drawnInside('author/roleplay/node/clarify', 'author/roleplay/map');
  assert.ok((await app.widgets())[`author/roleplay/problem/${s.problems.indexOf(errors[0])}`], 'the problem is drawn');
  const lines = await savedLines((l) => line(l, TARGET_LINE) === '  -> clarfy', 'the typo');
  assert.equal(lines.length, original.length);
  assert.ok(shownAfter < 1000, `listed ${shownAfter} ms after typing`);
});

it('a click on the problem puts the cursor at its line and column; typing there fixes it', async () => {
  const s = await roleplay();
  const index = s.problems.findIndex((p) => p.severity === 'error');
  await app.click(`author/roleplay/problem/${index}`);
  // Neither the state nor the widgets report the cursor: what is typed next shows where it is.
  await app.press('Shift+End');  // selects "clarfy", from the cursor to the end of the line
  await app.type('clarify');
  const fixed = await compiled((x) => x.scripts[0].errors === 0);
  assert.deepEqual(fixed.problems.filter((p) => p.severity === 'error'), []);
  assert.equal(fixed.showing_last_good, false);
  const lines = await savedLines((l) => !l.some((x) => x.includes('clarfy')), 'the fix');
  assert.equal(line(lines, TARGET_LINE), '  -> clarify', 'the cursor was at line 17, column 6');
  assert.deepEqual(lines, original);
});

it('"Play from here" on a map node runs the preview to an ending and its debrief, then back to the map', async () => {
  await app.click('author/roleplay/node/clarify');
  assert.equal((await roleplay()).selected_node, 'clarify');
  await app.click('author/roleplay/play');
  let p = (await roleplay()).preview;
  assert.equal(p.running, true);
  assert.equal(p.from, 'clarify');
  assert.equal(p.node, 'clarify');
  assert.equal(p.steps, 1, 'the conversation was played up to the node');
  assert.equal(p.finished, false);
  const rects = await app.widgets();
  assert.ok(rects['roleplay/choice/1'] && rects['roleplay/choice/2'], 'the node\'s two choices are offered');
  assert.ok(!rects['author/roleplay/map'], 'the preview takes the map\'s place');

  await app.press('1');  // "Is it the time ... or the cost?" (best) -> committed
  p = (await roleplay()).preview;
  assert.equal(p.finished, true);
  assert.equal(p.ending, 'committed');
  assert.equal(typeof p.score, 'number');
  const debrief = await app.widgets();
  assert.ok(debrief['roleplay/ending'] && debrief['roleplay/score'], 'the debrief shows');
  await app.click('author/roleplay/back');
  let s = await roleplay();
  assert.equal(s.preview.running, false);
  assert.equal(s.selected_node, 'clarify', 'back on the map, at the node played from');
  await drawnInside('author/roleplay/node/clarify', 'author/roleplay/map');

  // From the start, by clicks: Cushion, then the price (poor) -> lost.
  await app.click('author/roleplay/node/opening');
  await app.click('author/roleplay/play');
  p = (await roleplay()).preview;
  assert.equal(p.from, 'opening');
  assert.equal(p.steps, 0);
  await app.click('roleplay/choice/1');
  p = (await roleplay()).preview;
  assert.equal(p.node, 'clarify');
  assert.equal(p.steps, 1);
  await app.click('roleplay/choice/2');
  p = (await roleplay()).preview;
  assert.equal(p.finished, true);
  assert.equal(p.ending, 'lost');
  assert.ok((await app.widgets())['roleplay/ending'], 'the debrief shows');
  await app.click('author/roleplay/back');
  s = await roleplay();
  assert.equal(s.preview.running, false);
  assert.ok((await app.widgets())['author/roleplay/map'], 'the map is back');
});

it('Ctrl+Z takes a typed word back whole, Ctrl+Shift+Z puts it back', async () => {
  await cursorToEndOf(BUYER_LINE);
  await app.type(' Really');
  await savedLines((l) => line(l, BUYER_LINE).endsWith('new. Really'), 'the typed word');
  await app.page.keyboard.press('Control+z');
  await app.nextFrames(3);
  let a = await author();
  assert.equal(a.can_redo, true);
  let lines = await savedLines((l) => !line(l, BUYER_LINE).includes(' R'), 'the word taken back');
  assert.deepEqual(lines, original, 'the whole word went, and only it (the fix stays)');
  await compiled((s) => s.scripts[0].errors === 0);

  await app.page.keyboard.press('Control+Shift+z');
  await app.nextFrames(3);
  a = await author();
  assert.equal(a.can_redo, false);
  lines = await savedLines((l) => line(l, BUYER_LINE).endsWith('new. Really'), 'the word put back');
  assert.equal(line(lines, TARGET_LINE), '  -> clarify');
});

it('the script, with its fix, is still there after a reload', async () => {
  await app.nextFrames(30);  // the autosave follows the last change
  await app.page.waitForTimeout(800);
  await app.load();
  await app.click('nav/author');
  const a = await author();
  assert.equal(a.has_draft, true);
  if (a.tab !== 'roleplay') await app.click('author/tab/roleplay');
  const s = await compiled();
  assert.equal(s.scripts.length, 1);
  assert.equal(s.scripts[0].file, 'first-conversation.txt');
  assert.equal(s.scripts[0].errors, 0, 'the fix was kept: the typo would be an error');
  assert.equal(s.showing_last_good, false);
  assert.equal(s.map.nodes.length, 4);
  const lines = await savedLines(() => true, 'the script');
  assert.equal(line(lines, TARGET_LINE), '  -> clarify');
  assert.ok(line(lines, BUYER_LINE).endsWith('new. Really'), line(lines, BUYER_LINE));
  assert.deepEqual(app.pageErrors, []);
});
