// A learner's phone in a real browser (390x844, touch emulation): swiping scrolls
// with inertia and clicks nothing; a tap still clicks; a tap on gliding content
// stops it; a drag on a slider moves the slider, not the page; the sections sit
// behind one menu button; and touch targets are at least 44 px tall.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, withFailureCapture } from './harness.mjs';

let app;
before(async () => { app = await openApp({ width: 390, height: 844, hasTouch: true, isMobile: true }); });
after(async () => { if (app) await app.close(); });
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));
const screen = async () => (await app.state()).screen_state;

// The role-play list from its top, as each test's starting point.
async function freshList() {
  await app.click('nav/home');
  await app.click('nav/roleplay');
  if ((await screen()).view !== 'list') await app.click('roleplay/back');
  await app.page.mouse.move(195, 422);
  for (let i = 0; i < 15; i++) await app.page.mouse.wheel(0, -500);
  await app.nextFrames(6);
}

// The first scenario card's Start button on screen: it moves with the list.
async function firstStart() {
  const rects = await app.widgets();
  const name = Object.keys(rects).filter((k) => k.startsWith('roleplay/start/')).sort((a, b) => rects[a].y - rects[b].y)[0];
  return { name, rect: rects[name] };
}

it('the sections are one menu button, and the header is one row', async () => {
  const menu = await app.widget('nav/menu');
  assert.ok(menu.y + menu.h < 844 * 0.1, `the header ends at ${menu.y + menu.h} px`);
  assert.ok(menu.h >= 44, `menu button ${menu.h} px tall`);
  await app.click('nav/roleplay');  // through the menu
  assert.equal((await app.state()).screen, 'roleplay');
  const again = await app.widgets();
  assert.equal(again['nav/home'], undefined, 'the menu closes after a choice');
});

it('a swipe scrolls the list, glides on after the finger lifts, and starts nothing', async () => {
  await freshList();
  const { name, rect } = await firstStart();
  // Start on the button itself: a swipe is not a tap.
  await app.swipe(rect.x + rect.w / 2, rect.y + rect.h / 2 + 200, 0, -320, { steps: 6, stepMs: 8 });
  const right_after = (await app.widgets())[name];
  await app.nextFrames(12);
  const later = (await app.widgets())[name];
  assert.equal((await screen()).view, 'list', 'no scenario was started');
  const moved = rect.y - (right_after ? right_after.y : -1000);
  assert.ok(moved > 150, `the list followed the finger: moved ${moved} px`);
  if (right_after && later) assert.ok(later.y < right_after.y, 'it glides on after the finger lifts');
});

it('a tap on gliding content stops it and clicks nothing', async () => {
  await freshList();
  await app.swipe(195, 600, 0, -300, { steps: 4, stepMs: 8 });
  const { name, rect } = await firstStart();
  await app.tap(rect.x + rect.w / 2, rect.y + rect.h / 2);
  const stopped = (await app.widgets())[name];
  await app.nextFrames(8);
  const still = (await app.widgets())[name];
  assert.equal((await screen()).view, 'list', 'the tap did not start a scenario');
  if (stopped && still) assert.ok(Math.abs(still.y - stopped.y) < 2, `stopped: ${stopped.y} -> ${still.y}`);
});

it('a tap still clicks', async () => {
  await freshList();
  const { name, rect } = await firstStart();
  assert.ok(rect.h >= 44, `${name} is ${rect.h} px tall`);
  await app.tap(rect.x + rect.w / 2, rect.y + rect.h / 2);
  assert.equal((await screen()).view, 'conversation');
  await app.click('roleplay/back');
});

it('a drag along the length slider moves the slider, not the page', async () => {
  await app.click('nav/practice');
  const slider = await app.scrollTo('practice/length');
  const before = await app.widgets();
  const startValue = (await screen()).length;
  await app.swipe(slider.x + 20, slider.y + slider.h / 2, slider.w * 0.6, 0, { steps: 6, holdMs: 100 });
  const after = await app.widgets();
  assert.ok(Math.abs(after['practice/length'].y - before['practice/length'].y) < 2, 'the page did not scroll');
  const endValue = (await screen()).length;
  assert.notEqual(endValue, startValue, "the slider moved");
});
