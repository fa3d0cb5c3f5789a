// The app shell in a real browser: loads cleanly, draws, navigates, shows packs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, withFailureCapture } from './harness.mjs';
import { loadQuestions } from './pack_keys.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { if (app) await app.close(); });
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));

it('loads with no console errors and draws frames', async () => {
  const errors = app.consoleLines.filter((l) => l.startsWith('[error]'));
  assert.deepEqual(errors, []);
  assert.deepEqual(app.pageErrors, []);
  const before = await app.frames();
  await app.nextFrames(3);
  assert.ok((await app.frames()) >= before + 3);
  const hidden = await app.page.evaluate(() => document.getElementById('loading').classList.contains('done'));
  assert.equal(hidden, true, 'the loading overlay is gone once the first frame is drawn');
});

it('opens on Home', async () => {
  const state = await app.state();
  assert.equal(state.screen, 'home');
});

it('Home shows the default pack and its questions per exam domain', async () => {
  const { screen_state: home } = await app.state();
  const questions = loadQuestions();
  assert.equal(home.pack.id, 'sales-rep');
  assert.equal(home.pack.questions, questions.size);
  const expected = {};
  for (const q of questions.values()) expected[q.domain] = (expected[q.domain] || 0) + 1;
  assert.deepEqual(home.pack.domains.map((d) => d.id),
    ['planning', 'customer-engagement', 'deal-management', 'pipeline-management', 'forecasting', 'customer-success']);
  assert.deepEqual(home.pack.domains.map((d) => d.weight), [21, 15, 37, 12, 6, 9]);
  for (const d of home.pack.domains) assert.equal(d.questions, expected[d.id], d.id);
  await app.widget('home/pack-title');
  await app.widget('home/domain/deal-management');
  assert.equal(home.packs_failed, 0);
});

it('switches sections by mouse', async () => {
  const { sections } = await app.state();
  assert.ok(sections.length >= 2);
  for (const section of [...sections].reverse()) {
    await app.click(`nav/${section.id}`);
    assert.equal((await app.state()).screen, section.id);
  }
});

it('switches sections by keyboard with [ and ]', async () => {
  const { sections } = await app.state();
  await app.click('nav/home');
  await app.press(']');
  assert.equal((await app.state()).screen, sections[1].id);
  await app.press(']');
  assert.equal((await app.state()).screen, sections[2].id);
  await app.press('[');
  await app.press('[');
  assert.equal((await app.state()).screen, 'home');
  await app.press('[');
  assert.equal((await app.state()).screen, sections[sections.length - 1].id, 'wraps around');
});

it('fills a phone-sized window without page scrollbars', async () => {
  await app.page.setViewportSize({ width: 390, height: 844 });
  await app.nextFrames(3);
  const size = await app.page.evaluate(() => ({
    canvas: [document.getElementById('canvas').clientWidth, document.getElementById('canvas').clientHeight],
    scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
  }));
  assert.deepEqual(size.canvas, [390, 844]);
  assert.deepEqual(size.scroll, [390, 844]);
  await app.click('nav/home');
  assert.equal((await app.state()).screen, 'home');
});
