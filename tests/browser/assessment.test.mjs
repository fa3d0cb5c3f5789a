// The self-assessment in a real browser: switch to the manufacturing pack, rate
// every capability (by keyboard and by mouse), check the statuses, gaps and
// priority order against the pack's JSON, export the report as text and JSON,
// and start a mock exam on the manufacturing pack.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openApp, withFailureCapture } from './harness.mjs';

const assessmentFile = new URL('../../content/manufacturing/assessment/capability-maturity.json', import.meta.url);
const assessment = JSON.parse(readFileSync(assessmentFile, 'utf8')).assessments[0];
const blueprint = JSON.parse(readFileSync(new URL('../../content/manufacturing/pack.json', import.meta.url), 'utf8')).blueprint;

let app;
before(async () => { app = await openApp({ width: 1280, height: 900 }); });
after(async () => { if (app) await app.close(); });
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));
const screenState = async () => (await app.state()).screen_state;

// A rating for each capability: a third below the minimum (where the minimum
// allows), a third at the recommended level, the rest at the minimum.
function plannedRating(capability, index) {
  if (index % 3 === 0 && capability.minimum > 1) return capability.minimum - 1;
  if (index % 3 === 1) return capability.recommended;
  return capability.minimum;
}

function expectedResult(capability, rating) {
  const status = rating < capability.minimum ? 'below_minimum'
    : rating < capability.recommended ? 'at_minimum' : 'at_recommended';
  return {
    id: capability.id, rating, minimum: capability.minimum, recommended: capability.recommended, status,
    gap_to_minimum: Math.max(0, capability.minimum - rating),
    gap_to_recommended: Math.max(0, capability.recommended - rating),
  };
}

// FORMAT.md 16.1: below minimum (largest gap to minimum, then to recommended),
// at minimum (largest gap to recommended), unrated, at recommended; ties in pack order.
function expectedOrder(results) {
  const rank = { below_minimum: 0, at_minimum: 1, unrated: 2, at_recommended: 3 };
  return results.map((r, index) => ({ ...r, index })).sort((a, b) =>
    rank[a.status] - rank[b.status] || b.gap_to_minimum - a.gap_to_minimum ||
    b.gap_to_recommended - a.gap_to_recommended || a.index - b.index).map((r) => r.id);
}

const planned = assessment.capabilities.map((c, i) => expectedResult(c, plannedRating(c, i)));

it('switches to the manufacturing pack and opens its self-assessment', async () => {
  await app.click('nav/packs');
  await app.click('packs/manufacturing/use');
  const packs = (await screenState()).packs;
  assert.equal(packs.find((p) => p.active).id, 'manufacturing');
  await app.click('nav/assessment');
  const s = await screenState();
  assert.equal(s.assessment_id, assessment.id);
  assert.equal(s.pack_id, 'manufacturing');
  assert.equal(s.rated, 0);
  assert.equal(s.capabilities.length, assessment.capabilities.length);
  assert.equal(s.selected, assessment.capabilities[0].id);
});

it('rates every capability by keyboard, and one by mouse', async () => {
  for (let i = 0; i < planned.length; i++) {
    assert.equal((await screenState()).selected, planned[i].id);
    await app.press(String(planned[i].rating));
    if (i + 1 < planned.length) await app.press('ArrowRight');
  }
  // Re-rate the first capability by mouse: pick it in the list, click a level, then restore.
  const first = planned[0];
  await app.click(`assessment/capability/${first.id}`);
  await app.click('assessment/level/5');
  assert.equal((await screenState()).capabilities[0].rating, 5);
  await app.click(`assessment/level/${first.rating}`);
  const s = await screenState();
  assert.equal(s.rated, planned.length);
  assert.deepEqual(s.capabilities, planned);
  assert.deepEqual(s.report.order, expectedOrder(planned));
  const count = (status) => planned.filter((p) => p.status === status).length;
  assert.equal(s.report.below_minimum, count('below_minimum'));
  assert.equal(s.report.at_minimum, count('at_minimum'));
  assert.equal(s.report.at_recommended, count('at_recommended'));
  assert.ok(s.report.below_minimum > 0 && s.report.at_recommended > 0, 'the plan mixes statuses');
});

it('shows the report and exports it as text and JSON', async () => {
  await app.click('assessment/mode/report');
  assert.equal((await screenState()).mode, 'report');
  const order = expectedOrder(planned);
  await app.widget(`assessment/report/${order[0]}/status`);

  const [download] = await Promise.all([
    app.page.waitForEvent('download', { timeout: 10000 }),
    app.click('assessment/export/text'),
  ]);
  assert.equal(download.suggestedFilename(), `${assessment.id}-report.txt`);
  const text = (await app.page.evaluate(() => window.dealdojo.lastDownload)).text;
  const firstName = assessment.capabilities.find((c) => c.id === order[0]).name;
  assert.match(text, new RegExp(`^1\\. ${firstName.replace(/[()]/g, '\\$&')} \\(.*\\) - Below minimum$`, 'm'));
  assert.match(text, /Rated \d+ of \d+: \d+ below minimum/);

  await app.click('assessment/export/json');
  const exported = await app.page.evaluate(() => window.dealdojo.lastDownload);
  assert.equal(exported.fileName, `${assessment.id}-report.json`);
  assert.equal(exported.mimeType, 'application/json');
  const report = JSON.parse(exported.text);
  assert.deepEqual(report.capabilities.map((c) => c.id), order);
  for (const c of report.capabilities) {
    const want = planned.find((p) => p.id === c.id);
    assert.equal(c.status, want.status, c.id);
    assert.equal(c.gap_to_minimum, want.gap_to_minimum, c.id);
    assert.equal(c.gap_to_recommended, want.gap_to_recommended, c.id);
    const practices = assessment.capabilities.find((x) => x.id === c.id).best_practices;
    assert.deepEqual(c.practices, want.gap_to_recommended > 0 ? practices : [], c.id);
  }
  assert.equal((await screenState()).exports, 2);
});

it('starts a mock exam on the manufacturing pack with the blueprint\'s question count', async () => {
  await app.click('nav/mock');
  await app.click('mock/start');
  const s = await screenState();
  assert.equal(s.phase, 'running');
  assert.equal(s.total, blueprint.questions);
  assert.equal(s.total, 40);
});
