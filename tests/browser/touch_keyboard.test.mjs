// The on-screen keyboard on touch devices: tapping a text field focuses the
// page's hidden input (so a phone raises its keyboard), what is typed there
// reaches the field exactly once, and tapping elsewhere lets the keyboard go.
// With a mouse the hidden input is never focused and typing works as before.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, withFailureCapture } from './harness.mjs';

const HIDDEN_INPUT = 'touch-keyboard';
const AOV_WORKING = 'AOV = 1,500,000 ÷ 3 years = 500,000';

const hiddenInputFocused = (app) =>
  app.page.evaluate((id) => document.activeElement !== null && document.activeElement.id === id, HIDDEN_INPUT);
const working = async (app) => ((await app.state()).screen_state.result.working || []).join(' | ');

describe('on a touch device', () => {
  let app;
  before(async () => { app = await openApp({ width: 820, height: 1180, hasTouch: true, isMobile: true }); });
  after(async () => { if (app) await app.close(); });
  const it = (name, body) => test(name, withFailureCapture(() => app, name, body));

  const tap = (name) => app.tapWidget(name);

  // Empties the tapped field the way a tablet's hardware keyboard would.
  async function clearField() {
    await app.press('Control+A');
    await app.press('Backspace');
  }

  it('focuses the hidden input when a text field is tapped', async () => {
    await tap('nav/deals');
    await tap('deals/tool/aov');
    assert.equal(await hiddenInputFocused(app), false, 'no field is active yet');
    await tap('deals/aov/quote');
    assert.equal(await hiddenInputFocused(app), true, 'the quote field is active, so the keyboard must be up');
  });

  it('delivers typed text, Backspace and keyboard insertions exactly once', async () => {
    await clearField();
    await app.type('15000');          // key events, as a hardware keyboard sends them
    await app.press('Backspace');     // "1500"
    await app.page.keyboard.insertText('000');  // an 'input' event only, as a phone's keyboard sends it
    await app.nextFrames(2);
    await tap('deals/aov/term');
    assert.equal(await hiddenInputFocused(app), true);
    await clearField();
    await app.page.keyboard.insertText('3');
    await app.nextFrames(2);
    const text = await working(app);
    assert.ok(text.includes(AOV_WORKING), text);
    assert.equal(await app.page.evaluate((id) => document.getElementById(id).value, HIDDEN_INPUT), '',
      'what was typed is handed on, not left in the hidden input');
  });

  it('lets the keyboard go when the learner taps outside the field', async () => {
    await tap('deals/aov/result');
    await app.nextFrames(2);
    assert.equal(await hiddenInputFocused(app), false);
    await app.page.keyboard.insertText('7');  // nothing is active: nothing may change
    await app.nextFrames(2);
    assert.ok((await working(app)).includes(AOV_WORKING));
  });
});

describe('with a mouse', () => {
  let app;
  before(async () => { app = await openApp({ width: 1280, height: 900 }); });
  after(async () => { if (app) await app.close(); });
  const it = (name, body) => test(name, withFailureCapture(() => app, name, body));

  it('never focuses the hidden input and types as before', async () => {
    await app.page.evaluate((id) => {
      window.hiddenInputFocusCount = 0;
      document.getElementById(id).addEventListener('focus', () => { window.hiddenInputFocusCount += 1; });
    }, HIDDEN_INPUT);
    await app.click('nav/deals');
    await app.click('deals/tool/aov');
    for (const [field, value] of [['deals/aov/quote', '1,500,000'], ['deals/aov/term', '3']]) {
      await app.click(field);
      assert.equal(await hiddenInputFocused(app), false);
      await app.press('Control+A');
      await app.press('Backspace');
      await app.type(value);
    }
    assert.ok((await working(app)).includes(AOV_WORKING), await working(app));
    assert.equal(await app.page.evaluate(() => window.hiddenInputFocusCount), 0);
  });
});
