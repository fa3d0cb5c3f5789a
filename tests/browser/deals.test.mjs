// The deal desk in a real browser: type into a calculator, read the result and
// the working; bad input gets a message on the field; a drill answer is checked
// and kept in the learner's history.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, withFailureCapture } from './harness.mjs';

let app;
before(async () => { app = await openApp({ width: 1280, height: 900 }); });
after(async () => { if (app) await app.close(); });
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));
const fill = (name, text) => app.fill(name, text);
const desk = async () => (await app.state()).screen_state;

it('computes AOV from a typed quote and shows the working', async () => {
  await app.click('nav/deals');
  await app.click('deals/tool/aov');
  await fill('deals/aov/quote', '1,500,000');
  await fill('deals/aov/term', '3');
  const s = await desk();
  assert.equal(s.tool, 'aov');
  assert.equal(s.result.ok, true);
  assert.ok(s.result.working.includes('AOV = 1,500,000 ÷ 3 years = 500,000'), s.result.working.join(' | '));
  await app.widget('deals/aov/result');
});

it('names the field and the problem for bad input, and recovers', async () => {
  await fill('deals/aov/term', '0');
  let s = await desk();
  assert.equal(s.result.ok, false);
  assert.equal(s.result.errors[0].field, 'term');
  assert.match(s.result.errors[0].message, /.+/);
  await fill('deals/aov/quote', 'lots');
  s = await desk();
  assert.ok(s.result.errors.some((e) => e.field === 'quote'), JSON.stringify(s.result.errors));
  await fill('deals/aov/quote', '900000');
  await fill('deals/aov/term', '30');
  await app.click('deals/aov/unit/months');
  s = await desk();
  assert.equal(s.result.ok, true, JSON.stringify(s.result.errors));
  assert.ok(s.result.working.some((w) => w.endsWith('= 360,000')), s.result.working.join(' | '));
});

it('keeps Ctrl held for Ctrl+A pressed while the app is idle', async () => {
  // An idle app draws nothing, so the whole Ctrl+A (Ctrl down, A, releases) waits in
  // the queue for the next frame; Ctrl must still count as held for the A.
  await app.click('nav/deals');
  await app.click('deals/tool/aov');
  await fill('deals/aov/quote', '777');
  await app.click('deals/aov/quote');
  await app.page.waitForTimeout(600);  // longer than the frames that settle after input
  await app.page.evaluate(() => {  // one task: no frame can run between the four events
    const send = (type, key, code, ctrlKey) =>
      window.dispatchEvent(new KeyboardEvent(type, { key, code, ctrlKey, bubbles: true, cancelable: true }));
    send('keydown', 'Control', 'ControlLeft', true);
    send('keydown', 'a', 'KeyA', true);
    send('keyup', 'a', 'KeyA', true);
    send('keyup', 'Control', 'ControlLeft', false);
  });
  await app.nextFrames(3);
  await app.page.keyboard.press('Backspace');
  await app.type('1,200,000');
  const s = await desk();
  assert.equal(s.result.ok, true, JSON.stringify(s.result.errors));
  assert.ok(s.result.working.some((w) => w.startsWith('AOV = 1,200,000 ÷')), s.result.working.join(' | '));
});

it('computes TCV and ACV as the guide defines them', async () => {
  await app.click('deals/tool/tcv');
  await fill('deals/tcv/aov', '500000');
  await fill('deals/tcv/term', '2');
  let s = await desk();
  assert.ok(s.result.working.some((w) => w.endsWith('= 1,000,000')), s.result.working.join(' | '));
  await app.click('deals/tool/acv');
  await fill('deals/acv/previous', '500,000');
  await fill('deals/acv/new', '');
  await fill('deals/acv/added', '200,000');
  s = await desk();
  assert.equal(s.result.ok, true, JSON.stringify(s.result.errors));
  assert.ok(s.result.working.some((w) => w.includes('200,000')), s.result.working.join(' | '));
});

it('shows a deferred-revenue schedule starting at signature', async () => {
  await app.click('deals/tool/deferred');
  await fill('deals/deferred/invoice', '120,000');
  await fill('deals/deferred/term', '12');
  await fill('deals/deferred/signed', '2026-01');
  await fill('deals/deferred/activated', '2026-03');
  const s = await desk();
  assert.equal(s.result.ok, true, JSON.stringify(s.result.errors));
  assert.equal(s.rows, 14, 'two months before activation plus a 12-month term');
});

it('checks a drill answer and keeps it in the history', async () => {
  await app.click('deals/tool/drill');
  let s = await desk();
  assert.ok(s.drill.prompt.length > 20);
  assert.equal(s.drill.history, 0);
  await app.click('deals/drill/answer');
  await app.type('1');
  await app.click('deals/drill/check');
  s = await desk();
  assert.equal(s.drill.verdict, 'wrong');
  assert.equal(s.drill.answered, 1);
  assert.equal(s.drill.history, 1);
  assert.ok(s.drill.feedback.length > 10);
  await app.click('deals/drill/new');
  s = await desk();
  assert.equal(s.drill.verdict, undefined);
});
