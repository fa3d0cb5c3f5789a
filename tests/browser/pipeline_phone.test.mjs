// The Pipeline screen on a phone (390x844, touch) and at a desktop (1920x1080,
// mouse), issue 23: a metric's formula is readable when tapped or hovered (its
// tooltip was one character wide); the forecast's Trials, Seed and Quota fields
// line up; a removed deal can be put back; the Quarter plays to the quota the
// header shows; and at 150% text every control of the board's editor, the
// forecast and the quarter lies inside the screen.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { contentRight as screenRight, inside, openApp, span, withFailureCapture } from './harness.mjs';

const contentRight = (app) => screenRight(app, 'the Pipeline screen');

// Checks shared by both sizes. `act(name)` taps on the phone and clicks with the mouse.
function sharedChecks(it, getApp, act) {
  const desk = async () => (await getApp().state()).screen_state;

  it('lines up the forecast\'s Trials, Seed and Quota fields', async () => {
    const app = getApp();
    await app.click('nav/pipeline');
    await act('pipeline/tab/forecast');
    const fields = ['trials', 'seed', 'quota'].map((f) => `pipeline/forecast/${f}`);
    await app.reveal(fields[0]);
    const all = await app.widgets();
    const rects = fields.map((name) => all[name]);
    assert.ok(rects.every(Boolean), `drawn: ${fields.filter((n) => all[n]).join(', ')}`);
    const tops = rects.map((r) => r.y);
    assert.ok(Math.max(...tops) - Math.min(...tops) <= 1, `tops ${tops.join(', ')} differ by more than 1 px`);
    const heights = rects.map((r) => r.h);
    assert.ok(Math.max(...heights) - Math.min(...heights) <= 1, `heights ${heights.join(', ')}`);
    const right = await contentRight(app);
    for (let i = 0; i < fields.length; i++) assert.ok(inside(rects[i], right), span(fields[i], rects[i]));
  });

  it('puts a removed deal back with Undo', async () => {
    const app = getApp();
    await act('pipeline/tab/board');
    let s = await desk();
    const count = s.deals_count;
    const deal = s.deals.find((d) => d.status === 'open');
    await app.reveal(`pipeline/deal/${deal.id}`);
    await act(`pipeline/deal/${deal.id}`);
    assert.equal((await desk()).editor.deal, deal.id);
    await app.reveal('pipeline/edit/remove');
    await act('pipeline/edit/remove');
    s = await desk();
    assert.equal(s.deals_count, count - 1);
    assert.ok(!s.deals.some((d) => d.id === deal.id), 'the deal is gone from the board');
    assert.equal(s.removed_deal, deal.id);
    assert.equal(s.editor, null);
    const undo = await app.reveal('pipeline/undo-remove');
    assert.ok(inside(undo, await contentRight(app)), span('pipeline/undo-remove', undo));
    await act('pipeline/undo-remove');
    s = await desk();
    assert.equal(s.deals_count, count);
    assert.deepEqual(s.deals.find((d) => d.id === deal.id), deal, 'the same deal, with the same figures');
    assert.equal(s.removed_deal, null);
    assert.equal((await app.widgets())['pipeline/undo-remove'], undefined, 'Undo is gone once used');
  });
}

describe('on a phone', () => {
  const WIDTH = 390;
  let app;
  before(async () => { app = await openApp({ width: WIDTH, height: 844, hasTouch: true, isMobile: true }); });
  after(async () => { if (app) await app.close(); });
  const it = (name, body) => test(name, withFailureCapture(() => app, `phone ${name}`, body));
  const desk = async () => (await app.state()).screen_state;

  // A finger tap at the widget's centre, wherever it is on the page.
  async function tap(name) {
    await app.reveal(name);
    await app.tapWidget(name);
  }

  // Types into a field the way the on-screen keyboard does: tap, select all, replace.
  async function typeInto(name, text) {
    await tap(name);
    await app.press('Control+A');
    await app.press('Backspace');
    await app.page.keyboard.insertText(text);
    await app.nextFrames(3);
  }

  it('shows a tapped metric\'s formula at a readable width, and no tooltip once closed', async () => {
    await app.click('nav/pipeline');
    await tap('pipeline/tab/metrics');
    await tap('pipeline/metric/coverage');
    const working = await app.reveal('pipeline/metric/coverage/working');
    assert.ok(working.w >= 200, `the formula is ${Math.round(working.w)} px wide`);
    assert.ok(inside(working, await contentRight(app)), span('working', working));
    await tap('pipeline/metric/coverage');
    const rects = await app.widgets();
    assert.equal(rects['pipeline/metric/coverage/working'], undefined, 'a second tap closes it');
    for (const [name, r] of Object.entries(rects)) {
      if (name.endsWith('/tooltip')) assert.ok(r.w >= 200 && inside(r, WIDTH), span(name, r));
    }
  });

  sharedChecks(it, () => app, tap);

  it('plays the Quarter to the quota the header shows', async () => {
    await tap('pipeline/tab/quarter');
    let s = await desk();
    assert.equal(s.quarter.quota, s.quota, `header quota ${s.quota}, quarter quota ${s.quarter.quota}`);
    // Nothing played yet: a new quota restarts the quarter on it.
    await tap('pipeline/tab/metrics');
    await typeInto('pipeline/quota', '200,000');
    await tap('pipeline/tab/quarter');
    s = await desk();
    assert.equal(s.quota, 200_000);
    assert.equal(s.quarter.quota, 200_000);
    assert.equal(s.quarter.week, 0);
    // A quarter under way keeps its quota, and says so beside the header's.
    await tap('pipeline/quarter/play-week');
    await tap('pipeline/tab/metrics');
    await typeInto('pipeline/quota', '250,000');
    await tap('pipeline/tab/quarter');
    s = await desk();
    assert.equal(s.quota, 250_000);
    assert.equal(s.quarter.week, 1);
    assert.equal(s.quarter.quota, 200_000);
    const note = await app.widget('pipeline/quarter/quota-note');
    assert.ok(inside(note, await contentRight(app)), span('quota-note', note));
    await tap('pipeline/quarter/new');
    s = await desk();
    assert.equal(s.quarter.week, 0);
    assert.equal(s.quarter.quota, 250_000);
    assert.equal((await app.widgets())['pipeline/quarter/quota-note'], undefined);
  });

  it('keeps the editor, the forecast and the quarter inside the screen at 150% text', async () => {
    await app.click('nav/settings');
    await app.reveal('settings/text-scale/150');
    await app.click('settings/text-scale/150');
    await app.nextFrames(4);
    await app.click('nav/pipeline');
    const right = await contentRight(app);
    const problems = [];
    const check = (rects, pattern) => {
      for (const [name, r] of Object.entries(rects)) {
        if (pattern.test(name) && !inside(r, right)) problems.push(span(name, r));
      }
    };
    // The quarter: each activity's name clear of its − button, every control inside.
    await tap('pipeline/tab/quarter');
    for (const key of ['prospecting', 'qualifying', 'demos', 'proposals', 'negotiation', 'account_care']) {
      await app.reveal(`pipeline/quarter/hours/${key}/plus`);
      const rects = await app.widgets();
      const label = rects[`pipeline/quarter/hours/${key}/label`];
      const minus = rects[`pipeline/quarter/hours/${key}/minus`];
      assert.ok(label && minus, `the ${key} row is drawn and named`);
      const beside = label.y + label.h > minus.y && minus.y + minus.h > label.y;
      if (beside) assert.ok(label.x + label.w <= minus.x, `${span('label', label)} runs into ${span('minus', minus)}`);
      check(rects, new RegExp(`^pipeline/quarter/hours/${key}`));
    }
    check(await app.widgets(), /^pipeline\/quarter\//);
    await tap('pipeline/tab/forecast');
    check(await app.widgets(), /^pipeline\/forecast\//);
    // The metrics and the funnel, whose stage names are long ("Negotiation and commitment: ...").
    await tap('pipeline/tab/metrics');
    for (const stage of ['prospecting', 'negotiation-commitment', 'contract-signing']) {
      await app.reveal(`pipeline/funnel/${stage}/label`);
      check(await app.widgets(), /^pipeline\/(funnel|metric|health|quota)/);
    }
    // The board's editor: its buttons and fields.
    await tap('pipeline/tab/board');
    const deal = (await desk()).deals.find((d) => d.status === 'open');
    await tap(`pipeline/deal/${deal.id}`);
    for (const name of ['pipeline/edit/save', 'pipeline/edit/cancel', 'pipeline/edit/remove', 'pipeline/edit/name',
      'pipeline/edit/probability']) {
      check({ [name]: await app.reveal(name) }, /./);
    }
    assert.deepEqual(problems, [], problems.join('\n'));
  });
});

describe('at a desktop', () => {
  const WIDTH = 1920;
  let app;
  before(async () => { app = await openApp({ width: WIDTH, height: 1080 }); });
  after(async () => { if (app) await app.close(); });
  const it = (name, body) => test(name, withFailureCapture(() => app, `desktop ${name}`, body));

  it('shows a hovered metric\'s formula in a tooltip wide enough to read', async () => {
    await app.click('nav/pipeline');
    await app.click('pipeline/tab/metrics');
    for (const key of ['coverage', 'weighted_pipeline']) {
      const row = await app.widget(`pipeline/metric/${key}`);
      await app.page.mouse.move(row.x + row.w / 2, row.y + row.h / 2);
      await app.nextFrames(4);
      const tip = await app.widget(`pipeline/metric/${key}/tooltip`);
      assert.ok(tip.w >= 200, `the ${key} tooltip is ${Math.round(tip.w)} px wide`);
      assert.ok(inside(tip, WIDTH), span('tooltip', tip));
      assert.ok(tip.h <= 12 * 24, `the ${key} tooltip is ${Math.round(tip.h)} px tall: about a character a line?`);
    }
    await app.page.mouse.move(5, 1075);
    await app.nextFrames(2);
  });

  sharedChecks(it, () => app, async (name) => { await app.reveal(name); await app.click(name); });
});
