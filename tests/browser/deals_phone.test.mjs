// The Deal desk on a phone (390x844, touch) at normal and at 150% text, and at a
// desktop (1920x1080), issue 23: every month, figure and title of the
// deferred-revenue schedule lies inside the screen and clear of its neighbours
// (the five-column table cut its titles to "Subscripti..." and its first column to
// "2026-01 (r", and clipped the right column and the chart); the ramped deal's
// table, the drill's Check button likewise.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { contentRight as screenRight, inside, span, openApp, withFailureCapture } from './harness.mjs';

const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09',
  '2026-10', '2026-11', '2026-12', '2027-01', '2027-02'];
const FIGURES = ['month', 'subscription-recognised', 'subscription-deferred', 'on-premises-recognised',
  'on-premises-deferred'];

const contentRight = (app) => screenRight(app, 'the Deal desk');
const overlap = (a, b) =>
  a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5 && a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5;

// Problems in one frame's rectangles: any outside the width, and any two of a group
// (a month's cells and labels, the titles) drawn over each other.
function problemsIn(rects, pattern, groupOf, right) {
  const out = [];
  const groups = new Map();
  for (const [name, r] of Object.entries(rects)) {
    if (!pattern.test(name)) continue;
    if (!inside(r, right)) out.push(`outside the screen: ${span(name, r)}`);
    const group = groupOf(name);
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group).push([name, r]);
  }
  for (const members of groups.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, ra] = members[i], [b, rb] = members[j];
        if (overlap(ra, rb)) out.push(`overlap: ${span(a, ra)} and ${span(b, rb)}`);
      }
    }
  }
  return out;
}

async function revealAndClick(app, name) {
  await app.reveal(name);
  await app.click(name);
}

// Wheels down from `from` until `until` is drawn, checking every frame on the way.
async function walk(app, { from, until, pattern, groupOf }) {
  const view = app.page.viewportSize();
  const seen = new Set();
  const problems = new Set();
  await app.reveal(from);
  const right = await contentRight(app);
  for (let i = 0; i < 80; i++) {
    const rects = await app.widgets();
    for (const name of Object.keys(rects)) if (pattern.test(name)) seen.add(name);
    for (const p of problemsIn(rects, pattern, groupOf, right)) problems.add(p);
    if (rects[until]) break;
    await app.page.mouse.move(view.width / 2, view.height / 2);
    await app.page.mouse.wheel(0, 300);
    await app.nextFrames(3);
  }
  return { seen, problems: [...problems] };
}

const SCHEDULE = /^deals\/deferred\/(header|cell|label|chart)/;
const scheduleGroup = (name) => (name.match(/^deals\/deferred\/(?:cell|label)\/([^/]+)\//) || [null, 'titles'])[1];

async function checkSchedule(app) {
  await app.click('nav/deals');
  await revealAndClick(app, 'deals/tool/deferred');
  const s = (await app.state()).screen_state;
  assert.equal(s.result.ok, true, JSON.stringify(s.result.errors));
  assert.equal(s.rows, MONTHS.length);
  const { seen, problems } = await walk(app, { from: 'deals/deferred/result', until: 'deals/deferred/working/1',
    pattern: SCHEDULE, groupOf: scheduleGroup });
  const cells = MONTHS.flatMap((m) => FIGURES.map((f) => `deals/deferred/cell/${m}/${f}`));
  const missing = cells.filter((name) => !seen.has(name));
  assert.ok(missing.length === 0, `${cells.length - missing.length} of ${cells.length} schedule cells were drawn ` +
    `and named (layout: ${s.schedule_layout}); missing ${missing.slice(0, 5).join(', ')}…`);
  assert.ok(seen.has('deals/deferred/chart'), 'the chart is named');
  assert.deepEqual(problems, [], problems.join('\n'));
  return (await app.state()).screen_state.schedule_layout;
}

describe('on a phone', () => {
  const WIDTH = 390;
  let app;
  before(async () => { app = await openApp({ width: WIDTH, height: 844, hasTouch: true, isMobile: true }); });
  after(async () => { if (app) await app.close(); });
  const it = (name, body) => test(name, withFailureCapture(() => app, `phone ${name}`, body));

  for (const scale of [100, 150]) {
    it(`shows every month and figure of the deferred-revenue schedule inside the screen at ${scale}% text`,
      async () => {
        if (scale !== 100) {
          await app.click('nav/settings');
          await revealAndClick(app, `settings/text-scale/${scale}`);
          await app.nextFrames(4);
        }
        assert.equal(await checkSchedule(app), 'list', 'five columns do not fit a phone: a list per month');
      });
  }

  it('keeps the drill\'s Check and the ramped deal\'s table inside the screen at 150% text', async () => {
    await revealAndClick(app, 'deals/tool/drill');
    await app.reveal('deals/drill/check');
    const rects = await app.widgets();
    const answer = rects['deals/drill/answer'], check = rects['deals/drill/check'];
    assert.ok(inside(check, WIDTH), span('check', check));
    assert.ok(inside(check, await contentRight(app)), `${span('check', check)}: past the content's edge`);
    assert.ok(answer.x + answer.w <= check.x, `${span('answer', answer)} runs into ${span('check', check)}`);
    await revealAndClick(app, 'deals/tool/ramp');
    const { seen, problems } = await walk(app, { from: 'deals/ramp/result', until: 'deals/ramp/working/1',
      pattern: /^deals\/ramp\/(header|cell)\//,
      groupOf: (n) => (n.startsWith('deals/ramp/header/') ? 'titles' : n.split('/')[3]) });
    for (const name of ['deals/ramp/header/year', 'deals/ramp/header/aov', 'deals/ramp/header/acv',
      'deals/ramp/cell/3/acv']) {
      assert.ok(seen.has(name), `${name} drawn and named`);
    }
    assert.deepEqual(problems, [], problems.join('\n'));
  });
});

describe('at a desktop', () => {
  let app;
  before(async () => { app = await openApp({ width: 1920, height: 1080 }); });
  after(async () => { if (app) await app.close(); });
  const it = (name, body) => test(name, withFailureCapture(() => app, `desktop ${name}`, body));

  it('shows the deferred-revenue schedule as a table with every title and figure clear', async () => {
    assert.equal(await checkSchedule(app), 'table');
  });
});
