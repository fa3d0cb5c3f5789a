// The exam screens (Mock exam, Practice) on a phone, with the keyboard, and on a
// wide monitor (issue 23): labels that fit a narrow screen, a new question that
// opens at its stem, a multi-select question that checks only with the number of
// picks it asks for and says why a pick is refused, Enter and Tab in the submit
// confirmation, arrow keys on the length slider, and on a wide screen a reading
// column with Next where Check was.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, withFailureCapture } from './harness.mjs';
import { loadQuestions } from './pack_keys.mjs';

const questions = loadQuestions();
const PADDING = 20;  // the shell window's padding (theme.cpp): content ends this far from the edge

// A rectangle drawn whole inside the window's content width.
function assertFitsWidth(rect, width, name) {
  assert.ok(rect, `${name} was drawn`);
  assert.ok(rect.x >= 0 && rect.x + rect.w <= width - PADDING + 1,
    `${name} spans x ${rect.x}..${rect.x + rect.w}, past the content edge at ${width - PADDING}`);
}

const selectedCount = (s) => s.question.options.filter((o) => o.selected).length;

describe('on a phone (390x844, touch)', () => {
  const W = 390, H = 844;
  let app;
  before(async () => { app = await openApp({ width: W, height: H, hasTouch: true, isMobile: true }); });
  after(async () => { if (app) await app.close(); });
  const it = (name, body) => test(name, withFailureCapture(() => app, name, body));
  const screen = async () => (await app.state()).screen_state;

  const tap = (name) => app.tapWidget(name);
  async function scrollToAndTap(name) {
    await app.scrollTo(name);
    await tap(name);
  }
  // Wheels the page down until it stops moving. (Widgets scrolled out of view are not reported.)
  async function scrollToBottom() {
    const layout = async () => Object.entries(await app.widgets())
      .filter(([name]) => name.startsWith('exam/') && name !== 'exam/timer').map(([name, r]) => `${name}@${r.y}`).join();
    let last = null;
    for (let i = 0; i < 30; i++) {
      await app.page.mouse.move(W / 2, H / 2);
      await app.page.mouse.wheel(0, 400);
      await app.nextFrames(3);
      const now = await layout();
      if (now === last) return;
      last = now;
    }
  }
  const stemOffTop = async () => {
    const stem = (await app.widgets())['exam/stem'];
    return !stem || stem.y < 0;
  };
  async function assertStemInView(what) {
    await app.nextFrames(4);
    const stem = (await app.widgets())['exam/stem'];
    assert.ok(stem && stem.y >= 0 && stem.y + stem.h <= H, `${what}: the question's stem is ` +
      (stem ? `at y ${stem.y}..${stem.y + stem.h}, not all on the ${H}px screen` : 'scrolled out of view'));
  }

  it('labels fit the screen: the practice length slider and the mock exam modes', async () => {
    await tap('nav/practice');
    const practice = await app.widgets();
    assertFitsWidth(practice['practice/length-label'], W, 'the length label');
    assertFitsWidth(practice['practice/length'], W, 'the length slider');
    const label = practice['practice/length-label'];
    const slider = practice['practice/length'];
    assert.ok(label.y + label.h <= slider.y + 1, 'on a phone the label sits above the slider');

    await tap('nav/mock');
    const mock = await app.widgets();
    for (const name of ['mock/mode/exam', 'mock/mode/study', 'mock/mode/exam-about', 'mock/mode/study-about']) {
      assertFitsWidth(mock[name], W, name);
    }
  });

  it('multi-select: Check waits for exactly the number asked, and a pick too many says why', async () => {
    await tap('nav/mock');
    await tap('mock/mode/study');
    await tap('mock/start');
    let s = await screen();
    assert.equal(s.phase, 'running');
    for (let i = 0; i < 59 && s.question.choose < 2; i++) {
      await app.press('ArrowRight');
      s = await screen();
    }
    const choose = s.question.choose;
    assert.ok(choose >= 2, 'the mock exam has a multi-select question');

    const at = s.current;
    await scrollToAndTap('exam/option/1');
    await scrollToAndTap('exam/check');
    s = await screen();
    assert.equal(selectedCount(s), 1);
    assert.equal(s.question.checked, false, 'an answer with fewer picks than asked is not checked');
    await app.press('Enter');
    s = await screen();
    assert.equal(s.current, at, 'Enter neither checks nor moves on');
    assert.equal(s.question.checked, false);
    assert.equal(s.question.can_check, false);
    assert.match(s.pick_note, new RegExp(`^Choose ${choose} \\(1 chosen\\)`));
    assertFitsWidth(await app.scrollTo('exam/pick-note'), W, 'the note');

    for (let k = 2; k <= choose; k++) await scrollToAndTap(`exam/option/${k}`);
    s = await screen();
    assert.equal(selectedCount(s), choose);
    assert.equal(s.question.can_check, true);
    assert.equal(s.pick_note, '');

    await scrollToAndTap(`exam/option/${choose + 1}`);
    s = await screen();
    assert.equal(selectedCount(s), choose, 'a pick past the limit is refused');
    assert.match(s.pick_note, new RegExp(`^You can choose ${choose}: unselect one first`),
      'and the learner is told why');
    assertFitsWidth(await app.scrollTo('exam/pick-note'), W, 'the note');

    await scrollToAndTap('exam/option/1');  // unselect one: the count shows again
    assert.match((await screen()).pick_note, new RegExp(`^Choose ${choose} \\(${choose - 1} chosen\\)`));
    await scrollToAndTap(`exam/option/${choose + 1}`);
    await scrollToAndTap('exam/check');
    s = await screen();
    assert.equal(s.question.checked, true, 'exactly the number asked checks');
  });

  it('a new question opens at its stem, after a jump from All questions and after Next', async () => {
    await tap('nav/mock');
    if ((await screen()).phase !== 'running') await tap('mock/start');
    let s = await screen();
    if (!s.question.checked) {  // checked, so Next is offered in study mode too
      const key = questions.get(s.question.id).correct;
      for (const o of s.question.options.filter((x) => key.includes(x.id))) await app.press(String(o.position));
      await scrollToAndTap('exam/check');
      s = await screen();
    }
    assert.equal(s.question.checked, true);
    const checked = s.current;
    await scrollToAndTap('exam/navigator');
    await scrollToBottom();
    assert.ok(await stemOffTop(), 'scrolled down past the stem');
    const target = checked === 60 ? 59 : 60;
    await scrollToAndTap(`exam/goto/${target}`);
    assert.equal((await screen()).current, target);
    await assertStemInView('after a jump');

    await scrollToAndTap(`exam/goto/${checked}`);
    assert.equal((await screen()).current, checked);
    await assertStemInView('after a jump back');
    await scrollToBottom();
    await app.scrollTo('exam/next');
    assert.ok(await stemOffTop(), 'scrolled down past the stem to Next');
    await tap('exam/next');
    assert.equal((await screen()).current, checked + 1);
    await assertStemInView('after Next');
  });
});

describe('with the keyboard', () => {
  let app;
  before(async () => { app = await openApp({ width: 1280, height: 900 }); });
  after(async () => { if (app) await app.close(); });
  const it = (name, body) => test(name, withFailureCapture(() => app, name, body));
  const screen = async () => (await app.state()).screen_state;

  // Whether the keyboard focus is shown on the widget `name` (the focus rectangle's
  // centre lies inside the widget's rectangle).
  async function focusIsOn(name) {
    const focus = (await app.state()).keyboard_focus;
    const r = (await app.widgets())[name];
    if (!focus || !r) return false;
    const cx = focus.x + focus.w / 2, cy = focus.y + focus.h / 2;
    return cx >= r.x && cx <= r.x + r.w && cy >= r.y && cy <= r.y + r.h;
  }
  const focusRect = async () => JSON.stringify((await app.state()).keyboard_focus || null);

  it('Left and Right move the focused practice length slider', async () => {
    await app.click('nav/practice');
    await app.press('ArrowDown');  // shows the keyboard focus
    const seen = [];
    for (let i = 0; i < 30 && !(await focusIsOn('practice/length')); i++) {
      seen.push(await focusRect());
      await app.press('ArrowDown');
    }
    assert.ok(await focusIsOn('practice/length'), `the focus never reached the slider: ${seen.join(' -> ')}`);
    const start = (await screen()).length;
    await app.press('ArrowRight');
    assert.equal((await screen()).length, start + 1, 'Right adds one');
    await app.press('ArrowLeft');
    await app.press('ArrowLeft');
    assert.equal((await screen()).length, start - 1, 'Left takes one away');
    assert.ok(await focusIsOn('practice/length'), `the focus left the slider: ${await focusRect()}`);
  });

  it('in the submit confirmation Tab moves between the buttons and Enter presses the focused one', async () => {
    await app.click('nav/mock');
    await app.click('mock/start');
    await app.click('exam/submit');
    assert.equal((await screen()).confirming_submit, true);
    await app.press('Tab');
    assert.ok(await focusIsOn('exam/confirm-cancel'), `Tab reaches "Keep working"; the focus: ${await focusRect()}`);
    await app.press('Tab');
    assert.ok(await focusIsOn('exam/confirm-submit'), `Tab goes on to "Submit"; the focus: ${await focusRect()}`);
    await app.press('Tab');
    assert.ok(await focusIsOn('exam/confirm-cancel'), `and back; the focus: ${await focusRect()}`);
    await app.press('Enter');
    let s = await screen();
    assert.equal(s.confirming_submit, false, 'Enter on "Keep working" closes the confirmation');
    assert.equal(s.phase, 'running');

    await app.click('exam/submit');
    assert.equal((await screen()).confirming_submit, true);
    await app.press('Enter');
    s = await screen();
    assert.equal(s.phase, 'results', 'Enter confirms the submission');
  });
});

describe('on a wide monitor (1920x1080, mouse)', () => {
  const W = 1920;
  let app;
  before(async () => { app = await openApp({ width: W, height: 1080 }); });
  after(async () => { if (app) await app.close(); });
  const it = (name, body) => test(name, withFailureCapture(() => app, name, body));
  const screen = async () => (await app.state()).screen_state;

  it('answer rows keep a reading width, in a centred column', async () => {
    await app.click('nav/practice');
    await app.click('practice/start');
    const s = await screen();
    assert.equal(s.phase, 'running');
    const rects = await app.widgets();
    for (const o of s.question.options) {
      const r = rects[`practice/option/${o.position}`];
      assert.ok(r.w <= 900, `option ${o.position} is ${r.w}px wide`);
      const left = r.x, right = W - (r.x + r.w);
      assert.ok(Math.abs(left - right) <= 40, `option ${o.position} is off centre: ${left}px left, ${right}px right`);
    }
  });

  it('Next appears where Check was, so the mouse need not move', async () => {
    const s = await screen();
    const key = questions.get(s.question.id).correct;
    for (const o of s.question.options.filter((x) => key.includes(x.id))) await app.press(String(o.position));
    const check = await app.widget('practice/check');
    await app.click('practice/check');
    assert.equal((await screen()).question.checked, true);
    const next = await app.widget('practice/next');
    for (const k of ['x', 'y', 'w', 'h']) {
      assert.ok(Math.abs(next[k] - check[k]) <= 3,
        `Next ${JSON.stringify(next)} is not where Check was ${JSON.stringify(check)} (${k})`);
    }
  });
});
