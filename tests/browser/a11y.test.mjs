// Accessibility in a real browser: a practice question completed with the
// keyboard alone (arrow keys, Tab, Space, Enter: no mouse), with the keyboard
// focus visible; and the screen-reader mirror (an off-screen ARIA live region)
// following the canvas: question, options, selection, result. Also copy and
// paste between text fields and the system clipboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, withFailureCapture } from './harness.mjs';

let app;
before(async () => { app = await openApp({ width: 1280, height: 900 }); });
after(async () => { if (app) await app.close(); });
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));

// The mirror's lines, as a screen reader would read them.
const mirrorLines = () => app.page.evaluate(() =>
  Array.from(document.getElementById('a11y-mirror').children).map((el) => el.textContent));

// Waits until the mirror holds a line matching `test` (it refreshes ~100 ms after a frame).
async function waitForMirror(test, what) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const lines = await mirrorLines();
    if (lines.some(test)) return lines;
    if (Date.now() > deadline) assert.fail(`mirror never showed ${what}; it shows:\n${lines.join('\n')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// The named widget under the keyboard focus (the smallest rectangle holding the
// focus rectangle's centre), or null when no focus is shown.
async function focusedWidget() {
  const state = await app.state();
  const focus = state.keyboard_focus;
  if (!focus) return null;
  const cx = focus.x + focus.w / 2, cy = focus.y + focus.h / 2;
  let best = null;
  for (const [name, r] of Object.entries(await app.widgets())) {
    if (cx < r.x || cx > r.x + r.w || cy < r.y || cy > r.y + r.h) continue;
    if (!best || r.w * r.h < best.area) best = { name, area: r.w * r.h };
  }
  return best ? best.name : null;
}

// Presses `key` until the focus lands on `name` (at most `limit` presses). When
// the focus stops moving (an edge of the screen), turns to the opposite key.
const opposite = { ArrowDown: 'ArrowUp', ArrowUp: 'ArrowDown', ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' };
async function focusWith(key, name, limit = 40) {
  const seen = [];
  let still = 0;
  for (let i = 0; i < limit; i++) {
    const current = await focusedWidget();
    if (current === name) return;
    still = seen.length > 0 && seen[seen.length - 1] === current ? still + 1 : 0;
    if (still >= 2) { key = opposite[key]; still = 0; }
    seen.push(current);
    await app.press(key);
  }
  assert.fail(`${key} never reached ${name}; focus went: ${seen.join(' -> ')}`);
}

// Moves the focus up into the navigation bar, then along it to section `id`.
async function focusNav(id) {
  for (let i = 0; i < 20 && !((await focusedWidget()) || '').startsWith('nav/'); i++) await app.press('ArrowUp');
  const order = (await app.state()).sections.map((s) => `nav/${s.id}`);
  const current = await focusedWidget();
  assert.ok(order.includes(current), `the focus reached the navigation bar (it is on ${current})`);
  const step = order.indexOf(`nav/${id}`) > order.indexOf(current) ? 'ArrowRight' : 'ArrowLeft';
  await focusWith(step, `nav/${id}`, order.length + 1);
}

it('the mirror is an off-screen polite live region that names the screen', async () => {
  const region = await app.page.evaluate(() => {
    const el = document.getElementById('a11y-mirror');
    const box = el.getBoundingClientRect();
    return { live: el.getAttribute('aria-live'), width: box.width, height: box.height };
  });
  assert.equal(region.live, 'polite');
  assert.ok(region.width <= 1 && region.height <= 1, 'visually hidden');
  // The mirror follows the frames: the first ones come before the pack is read.
  const { screen_state: home } = await app.state();
  const lines = await waitForMirror((l) => l.startsWith(`Studying ${home.pack.title}:`), 'the pack studied');
  assert.ok(lines.includes('Home'), lines.join('\n'));
});

it('completes a practice question with the keyboard alone, with the focus visible', async () => {
  await app.press('ArrowDown');  // shows the keyboard focus
  assert.ok((await app.state()).keyboard_focus, 'an arrow key shows where the focus is');
  await focusNav('practice');
  await app.press('Space');
  assert.equal((await app.state()).screen, 'practice');
  await waitForMirror((l) => l.startsWith('Practice set-up'), 'the practice set-up');

  await focusWith('ArrowDown', 'practice/start');
  await app.press('Space');
  let s = (await app.state()).screen_state;
  assert.equal(s.phase, 'running');
  const q = s.question;

  // The mirror reads out the question and every option.
  let lines = await waitForMirror((l) => l === q.stem, 'the question');
  for (const option of q.options) {
    const letter = String.fromCharCode(64 + option.position);
    assert.ok(lines.includes(`${letter}. ${option.text}`), `option ${letter} in the mirror:\n${lines.join('\n')}`);
  }

  await focusWith('ArrowDown', 'practice/option/2');
  await app.press('Space');
  s = (await app.state()).screen_state;
  assert.equal(s.question.options[1].selected, true, 'Space on the focused option selects it');
  await waitForMirror((l) => l === `B. ${q.options[1].text} (selected)`, 'the selection');
  // A multi-select question checks only with as many picks as it asks for.
  for (let k = 3; k <= q.choose + 1; k++) {
    await focusWith('ArrowDown', `practice/option/${k}`);
    await app.press('Space');
  }

  await app.press('Enter');
  s = (await app.state()).screen_state;
  assert.equal(s.question.checked, true, 'Enter checks the answer');
  const verdict = s.question.right ? 'Right.' : 'Wrong.';
  lines = await waitForMirror((l) => l === verdict, `the verdict "${verdict}"`);
  assert.ok(lines.includes(s.question.explanation), 'the explanation is read out');
  assert.ok(lines.some((l) => l.endsWith('(correct answer)')), 'the key is named once revealed');

  await app.press('Enter');
  assert.equal((await app.state()).screen_state.current, 2, 'Enter moves on to the next question');
  await waitForMirror((l) => l.startsWith('Question 2 of'), 'question 2');
});

it('the mirror changes only when the screen does', async () => {
  await app.nextFrames(3);
  await new Promise((r) => setTimeout(r, 300));
  const mutations = await app.page.evaluate(() => new Promise((resolve) => {
    let count = 0;
    const observer = new MutationObserver((records) => { count += records.length; });
    observer.observe(document.getElementById('a11y-mirror'), { childList: true, subtree: true, characterData: true });
    setTimeout(() => { observer.disconnect(); resolve(count); }, 1000);
  }));
  assert.equal(mutations, 0, 'an unchanged screen leaves the live region alone');
});

it('screens without their own renderer are mirrored from their state', async () => {
  await focusNav('settings');
  await app.press('Space');
  assert.equal((await app.state()).screen, 'settings');
  await waitForMirror((l) => l === 'Settings', 'the Settings heading');
  await waitForMirror((l) => l === 'theme: light', 'the theme');
});

it('copy and paste work between text fields and the system clipboard', async () => {
  await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.click('nav/deals');
  await app.click('deals/tool/aov');
  await app.click('deals/aov/quote');
  await app.press('Control+a');
  await app.type('123456');
  await app.press('Control+a');
  await app.press('Control+c');
  assert.equal(await app.page.evaluate(() => navigator.clipboard.readText()), '123456', 'copied to the system');
  // Browsers hand clipboard text to a page only in a paste event; Ctrl+V then inserts it.
  await app.page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '777');
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
  });
  await app.press('Control+a');
  await app.press('Control+v');
  const { working } = (await app.state()).screen_state.result;
  assert.ok(working.some((line) => line.startsWith('AOV = 777 ÷')), working.join('\n'));
});
