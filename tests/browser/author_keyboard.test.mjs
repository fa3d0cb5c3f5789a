// The trainer studio (Author) with the keyboard alone: no mouse, touch or wheel
// event reaches the page (a listener counts them). The navigation bar is reached
// with the arrow keys (ImGui keyboard navigation; the screen is a flattened child,
// so ArrowUp leaves it for the bar) and Space presses the focused button; a new
// exam pack is started, a question added, Tab and Shift+Tab move between the
// form's text fields, the stem is typed and Ctrl+Z takes it back. Then the
// Role-play tab: a new script, the map's nodes walked with the arrow keys, Enter
// plays from the focused node, digit keys choose, Space goes back to the map.
//
// How ImGui 1.86 navigates, which these steps follow: arrow keys move between all
// widgets; a child window that is not flattened (the question form, the script
// pane, the map pane, the map) is one stop that Space enters and Escape leaves;
// Tab only reaches text fields (ImGuiItemFlags_Inputable), within the focused
// window; Enter is ImGui's "input" key, which text fields take and buttons do not.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, withFailureCapture } from './harness.mjs';

let app;
before(async () => {
  app = await openApp({ width: 1280, height: 900 });
  // Every pointer-ish event the page sees, counted (capture phase, before the app's own handlers).
  await app.page.evaluate(() => {
    window.pointerEvents = [];
    for (const type of ['mousedown', 'mouseup', 'mousemove', 'click', 'wheel', 'pointerdown', 'pointermove',
      'touchstart', 'touchend']) {
      window.addEventListener(type, () => window.pointerEvents.push(type), true);
    }
  });
});
after(async () => { if (app) await app.close(); });
const it = (name, body, options = {}) => test(name, options, withFailureCapture(() => app, name, body));
const author = async () => (await app.state()).screen_state;

// The keyboard focus: the widget whose rectangle is the focus rectangle (else the
// smallest holding its centre), and the rectangle itself (a child window has no name).
async function focus() {
  const state = await app.state();
  const f = state.keyboard_focus;
  if (!f) return { name: null, rect: null };
  const rects = await app.widgets();
  const near = (a, b) => Math.abs(a - b) <= 1;
  const exact = Object.entries(rects).find(([, r]) => near(r.x, f.x) && near(r.y, f.y) && near(r.w, f.w) && near(r.h, f.h));
  if (exact) return { name: exact[0], rect: f };
  const cx = f.x + f.w / 2, cy = f.y + f.h / 2;
  let best = null;
  for (const [name, r] of Object.entries(rects)) {
    if (cx < r.x || cx > r.x + r.w || cy < r.y || cy > r.y + r.h) continue;
    if (!best || r.w * r.h < best.area) best = { name, area: r.w * r.h };
  }
  return { name: best ? best.name : null, rect: f };
}
const focused = async () => (await focus()).name;
const where = (f) => `${f.name} at ${f.rect ? ['x', 'y', 'w', 'h'].map((k) => Math.round(f.rect[k])).join(',') : '-'}`;

// Presses `key` until `await arrived(focus)` (at most `limit` presses); fails naming where the focus went.
async function pressUntil(key, arrived, what, limit = 20) {
  const seen = [];
  for (let i = 0; i <= limit; i++) {
    const f = await focus();
    if (await arrived(f)) return f;
    seen.push(where(f));
    if (i < limit) await app.press(key);
  }
  assert.fail(`${key} never reached ${what}; focus went: ${seen.join(' -> ')}`);
}
const focusWith = (key, name, limit) => pressUntil(key, (f) => f.name === name, name, limit);

// The focus is on a child window as a whole: one that holds widget `inside` and not widget `outside`.
const contains = (o, r) => o.x <= r.x + 1 && o.y <= r.y + 1 && o.x + o.w >= r.x + r.w - 1 && o.y + o.h >= r.y + r.h - 1;
const sameRect = (a, b) => ['x', 'y', 'w', 'h'].every((k) => Math.abs(a[k] - b[k]) <= 1);
const onWindow = (inside, outside) => async (f) => {
  const rects = await app.widgets();
  return Boolean(f.rect && rects[inside] && !sameRect(f.rect, rects[inside]) && contains(f.rect, rects[inside]) &&
    !(rects[outside] && contains(f.rect, rects[outside])));
};
// The focus is on the map's own child window (its rectangle is the map widget's).
const onMap = async (f) => {
  const r = (await app.widgets())['author/roleplay/map'];
  return Boolean(f.rect && r && sameRect(f.rect, r));
};

// The autosaved draft (studio/draft.json), once `ok(draft)` holds.
async function savedDraft(ok, what) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const draft = await app.page.evaluate(() => {
      try {
        return JSON.parse(window.Module.FS.readFile('/userdata/studio/draft.json', { encoding: 'utf8' }));
      } catch {
        return null;
      }
    });
    if (draft && ok(draft)) return draft;
    if (Date.now() > deadline) assert.fail(`the saved draft never showed ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

it('an arrow key shows the focus; ArrowUp reaches the navigation bar and Space opens Author', async () => {
  await app.press('ArrowDown');
  assert.ok((await app.state()).keyboard_focus, 'an arrow key shows where the focus is');
  await pressUntil('ArrowUp', (f) => (f.name || '').startsWith('nav/'), 'the navigation bar', 10);
  const order = (await app.state()).sections.map((s) => `nav/${s.id}`);
  const step = order.indexOf('nav/author') > order.indexOf(await focused()) ? 'ArrowRight' : 'ArrowLeft';
  await focusWith(step, 'nav/author', order.length);
  await app.press('Space');
  const state = await app.state();
  assert.equal(state.screen, 'author');
  assert.equal(state.screen_state.has_draft, false);
});

it('starts a new exam pack from the Author section with the arrow keys and Space', async () => {
  await app.press('ArrowDown');
  await focusWith('ArrowLeft', 'author/new-exam', 4);
  await app.press('Space');
  const s = await author();
  assert.equal(s.has_draft, true);
  assert.equal(s.tab, 'questions');
  assert.equal(s.questions.count, 1);
});

it('adds a question; Tab and Shift+Tab move between the form\'s text fields', async () => {
  await focusWith('ArrowRight', 'author/q/add', 8);
  await app.press('Space');
  let s = await author();
  assert.equal(s.questions.count, 2);
  assert.equal(s.questions.selected, 1);
  assert.ok(s.questions.problems.some((p) => p.pointer === '/pack/questions/1/stem'), 'the new stem is empty');

  // The form is a child window: one stop for the arrow keys, entered with Space.
  await pressUntil('ArrowDown', onWindow('author/q/field/stem', 'author/q/item/0'), 'the question form', 3);
  await app.press('Space');
  const inside = await focused();
  assert.ok(inside && inside.startsWith('author/q/'), `Space entered the form (focus on ${inside})`);
  await app.press('Tab');
  assert.equal(await focused(), 'author/q/field/id', 'Tab goes to the form\'s first text field');
  await app.press('Tab');
  assert.equal(await focused(), 'author/q/field/stem');
  await app.press('Shift+Tab');
  assert.equal(await focused(), 'author/q/field/id');
  await app.press('Tab');
  assert.equal(await focused(), 'author/q/field/stem');
});

it('types the stem, and Ctrl+Z takes it back whole, then the added question', async () => {
  // Tab selected the field's text: typing replaces it.
  await app.type('Discount asked early?');
  const typed = await savedDraft((d) => d.pack.questions[1]?.stem === 'Discount asked early?', 'the typed stem');
  assert.equal(typed.pack.questions.length, 2);
  await app.page.keyboard.press('Control+z');
  await app.nextFrames(3);
  let s = await author();
  assert.equal(s.can_redo, true);
  assert.ok(s.questions.problems.some((p) => p.pointer === '/pack/questions/1/stem'), 'the stem is empty again');
  await savedDraft((d) => d.pack.questions[1]?.stem === '', 'the stem taken back whole');

  await app.page.keyboard.press('Control+z');
  await app.nextFrames(3);
  s = await author();
  assert.equal(s.questions.count, 1, 'the second Ctrl+Z takes back the added question');
  await savedDraft((d) => d.pack.questions.length === 1, 'one question');
});

it('the Role-play tab by keyboard: a new script, map nodes by arrow keys, Enter plays, digits choose', async () => {
  await app.press('Escape');  // out of the form (a text field may still hold the keyboard)
  await pressUntil('ArrowUp', (f) => (f.name || '').startsWith('author/tab/'), 'the tabs', 8);
  await focusWith('ArrowRight', 'author/tab/roleplay', 6);
  await app.press('Space');
  assert.equal((await author()).tab, 'roleplay');
  await focusWith('ArrowDown', 'author/roleplay/new-script', 4);
  await app.press('Space');
  let s = (await author()).roleplay;
  assert.equal(s.scripts.length, 1);
  await app.page.waitForFunction(() => window.dealdojo.state().screen_state.roleplay.map !== null, null, { timeout: 5000 });
  s = (await author()).roleplay;
  const start = s.map.nodes.find((n) => n.column === 0).id;

  // To the map: out of the script pane, across to the map pane, into it, down to the map, into it.
  await app.press('Escape');
  await pressUntil('ArrowRight', onWindow('author/roleplay/map', 'author/roleplay/editor'), 'the map pane', 4);
  await app.press('Space');
  await pressUntil('ArrowDown', onMap, 'the map', 6);
  await app.press('Space');
  let node = await focused();
  assert.ok(node && node.startsWith('author/roleplay/node/'), `Space entered the map (focus on ${node})`);
  assert.equal((await author()).roleplay.selected_node, node.slice('author/roleplay/node/'.length),
    'the focused node is the selected one');
  if (node !== `author/roleplay/node/${start}`) await focusWith('ArrowLeft', `author/roleplay/node/${start}`, 4);
  await app.press('ArrowRight');  // the next column: the second decision point
  node = await focused();
  const second = node.slice('author/roleplay/node/'.length);
  assert.notEqual(second, start);
  assert.equal((await author()).roleplay.selected_node, second);

  await app.press('Enter');
  let p = (await author()).roleplay.preview;
  assert.equal(p.running, true, 'Enter on a node plays from it');
  assert.equal(p.from, second);
  assert.equal(p.steps, 1);
  assert.equal(await focused(), 'author/roleplay/back', 'the keyboard goes to the way back');
  await app.press('1');
  p = (await author()).roleplay.preview;
  assert.equal(p.finished, true, 'digit 1 chose the first choice, to an ending');
  assert.ok((await app.widgets())['roleplay/ending'], 'the debrief shows');
  await focusWith('ArrowUp', 'author/roleplay/back', 10);
  await app.press('Space');
  s = (await author()).roleplay;
  assert.equal(s.preview.running, false);
  assert.equal(await focused(), `author/roleplay/node/${second}`, 'back on the map, on the node played from');
});

it('no mouse, touch or wheel event reached the page', async () => {
  assert.deepEqual(await app.page.evaluate(() => window.pointerEvents), []);
});
