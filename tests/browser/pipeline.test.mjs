// The pipeline simulator in a real browser: the metrics agree with the same
// pipeline added up here in JS; editing a deal's amount moves them; a forecast
// runs over several frames and lands where the deals' odds say it should; a
// quarter plays to its debrief.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, withFailureCapture } from './harness.mjs';

let app;
before(async () => { app = await openApp({ width: 1280, height: 900 }); });
after(async () => { if (app) await app.close(); });
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));
const fill = (name, text) => app.fill(name, text);
const desk = async () => (await app.state()).screen_state;

const cents = (units) => Math.round(units * 100);
const isOpen = (d) => d.status === 'open' && d.category !== 'omitted';

// The metrics' definitions (docs/PIPELINE_FORMAT.md), from the deals alone.
function metricsFromDeals(s) {
  const open = s.deals.filter(isOpen);
  const won = s.deals.filter((d) => d.status === 'won');
  const lost = s.deals.filter((d) => d.status === 'lost');
  const booked = won.filter((d) => d.in_period).reduce((a, d) => a + cents(d.amount), 0);
  const inPeriod = open.filter((d) => d.in_period).reduce((a, d) => a + cents(d.amount), 0);
  const remaining = Math.max(0, cents(s.quota) - booked);
  return {
    pipelineValue: open.reduce((a, d) => a + cents(d.amount), 0) / 100,
    // Amounts are whole units, so amount × p ÷ 100 is exact to the cent.
    weighted: open.reduce((a, d) => a + cents(d.amount) * d.probability / 100, 0) / 100,
    winRate: won.length + lost.length ? won.length / (won.length + lost.length) : null,
    coverage: remaining > 0 ? inPeriod / remaining : null,
  };
}

it('shows a sample pipeline whose metrics match the deals', async () => {
  await app.click('nav/pipeline');
  let s = await desk();
  assert.equal(s.tab, 'board');
  assert.ok(s.deals_count >= 15 && s.deals_count <= 25, `deals: ${s.deals_count}`);
  assert.equal(s.deals.length, s.deals_count);
  for (const d of s.deals.filter((x) => x.status === 'open')) await app.widget(`pipeline/deal/${d.id}`);
  await app.click('pipeline/tab/metrics');
  s = await desk();
  assert.equal(s.tab, 'metrics');
  const want = metricsFromDeals(s);
  assert.equal(s.metrics.pipeline_value, want.pipelineValue);
  assert.ok(Math.abs(s.metrics.weighted - want.weighted) < 0.005, `${s.metrics.weighted} vs ${want.weighted}`);
  assert.ok(Math.abs(s.metrics.win_rate - want.winRate) < 1e-12, `${s.metrics.win_rate} vs ${want.winRate}`);
  assert.ok(Math.abs(s.metrics.coverage - want.coverage) < 1e-9, `${s.metrics.coverage} vs ${want.coverage}`);
  assert.equal(typeof s.metrics.velocity_per_day, 'number');
  assert.match(s.metrics.health, /^(healthy|top_heavy|bottom_heavy|stalled_stage|thin_coverage|too_few_deals)$/);
  // A tap on a metric opens its formula with these numbers.
  await app.click('pipeline/metric/weighted_pipeline');
  await app.widget('pipeline/metric/weighted_pipeline/working');
});

it('refuses a bad amount on its field, then moves the metrics with a good one', async () => {
  await app.click('pipeline/tab/board');
  let s = await desk();
  const deal = s.deals.find(isOpen);
  const before = s.metrics;
  await app.click(`pipeline/deal/${deal.id}`);
  s = await desk();
  assert.equal(s.editor.deal, deal.id);
  await fill('pipeline/edit/amount', 'lots');
  await app.click('pipeline/edit/save');
  s = await desk();
  assert.ok(s.editor.errors.some((e) => e.field === 'amount'), JSON.stringify(s.editor.errors));
  assert.equal(s.metrics.pipeline_value, before.pipeline_value);
  await fill('pipeline/edit/amount', '1,000,000');
  await app.click('pipeline/edit/save');
  s = await desk();
  assert.equal(s.editor, null, 'the editor closes on save');
  const added = 1_000_000 - deal.amount;
  assert.equal(s.metrics.pipeline_value, before.pipeline_value + added);
  assert.ok(Math.abs(s.metrics.weighted - (before.weighted + added * deal.probability / 100)) < 0.005);
  const want = metricsFromDeals(s);
  assert.equal(s.metrics.pipeline_value, want.pipelineValue);
});

it('runs a forecast over several frames and lands where the odds say', async () => {
  await app.click('pipeline/tab/forecast');
  await fill('pipeline/forecast/trials', '1,000,000');
  await app.click('pipeline/forecast/run');
  // Progress read in the page once per animation frame until the run is done.
  const seen = await app.page.evaluate(async () => {
    const out = [];
    for (let i = 0; i < 5000; i++) {
      const f = window.dealdojo.state().screen_state.forecast;
      out.push(f.progress);
      if (!f.running) break;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return out;
  });
  const s = await desk();
  const f = s.forecast;
  assert.equal(f.running, false, 'finished');
  assert.equal(f.trials_done, 1_000_000);
  const partial = new Set(seen.filter((p) => p > 0 && p < 1));
  assert.ok(partial.size >= 2, `progress seen before the end: ${[...partial].join(', ')}`);
  assert.ok(seen.every((p, i) => i === 0 || p >= seen[i - 1]), 'progress never goes back');
  assert.ok(f.frames >= 3, `frames: ${f.frames}`);
  assert.ok(f.p10 <= f.p50 && f.p50 <= f.p90, `${f.p10} ${f.p50} ${f.p90}`);
  assert.ok(f.probability_of_quota >= 0 && f.probability_of_quota <= 1);
  // Bounds from the deals: each open deal closing in the period books amount × p at
  // most (the model only lowers a deal's chance: pushes × 0.9 each, stalled × 0.75,
  // and a slip of up to 60 days may carry it out of the period). At least, every
  // slip leaves the period. The mean must fall between these, give or take 4
  // standard errors; the median of any distribution is within one standard
  // deviation of its mean, and σ ≤ sqrt(Σ amount² ÷ 4) (each deal's variance is at
  // most amount² × 1/4).
  const closing = s.deals.filter((d) => isOpen(d) && d.in_period);
  const booked = s.deals.filter((d) => d.status === 'won' && d.in_period).reduce((a, d) => a + d.amount, 0);
  const upper = booked + closing.reduce((a, d) => a + d.amount * d.probability / 100, 0);
  const lower = booked + closing.reduce((a, d) => {
    const win = d.probability / 100 * 0.9 ** d.pushes * (d.stalled ? 0.75 : 1);
    return a + d.amount * win * (1 - Math.min(1, 0.2 + 0.1 * d.pushes));
  }, 0);
  const sigma = Math.sqrt(closing.reduce((a, d) => a + d.amount * d.amount / 4, 0));
  const noise = 4 * sigma / Math.sqrt(1_000_000);
  assert.equal(f.booked, Math.round(booked));
  assert.ok(f.mean >= lower - noise && f.mean <= upper + noise, `mean ${f.mean} outside [${lower}, ${upper}]`);
  assert.ok(Math.abs(f.p50 - f.mean) <= sigma * 1.01 + 1, `P50 ${f.p50} too far from mean ${f.mean} (σ ≤ ${sigma})`);
  assert.ok(Math.abs(f.p50 - upper) <= sigma + (upper - lower) + 1, `P50 ${f.p50} vs Σ amount × p ${upper}`);
  await app.widget('pipeline/forecast/histogram');
  assert.ok(f.rollup.commit <= f.rollup.best_case && f.rollup.best_case <= f.rollup.pipeline);
});

it('plays a quarter of 13 weeks to a debrief', async () => {
  await app.click('pipeline/tab/quarter');
  let q = (await desk()).quarter;
  assert.equal(q.week, 0);
  assert.equal(q.finished, false);
  await app.click('pipeline/quarter/hours/demos/plus');
  await app.click('pipeline/quarter/play-week');
  q = (await desk()).quarter;
  assert.equal(q.week, 1);
  assert.equal(q.timeline.length, 2);
  await app.click('pipeline/quarter/auto');
  q = (await desk()).quarter;
  assert.equal(q.week, 13);
  assert.equal(q.finished, true);
  assert.equal(q.above_quota, q.bookings >= q.quota);
  assert.equal(q.debrief.reached_quota, q.above_quota);
  assert.equal(q.debrief.booked, q.bookings);
  assert.ok(q.debrief.drivers.length >= 2, JSON.stringify(q.debrief.drivers));
  assert.equal(q.debrief.drivers[0].kind, 'outcome');
  assert.equal(q.timeline.at(-1).booked_total, q.bookings);
  await app.widget('pipeline/quarter/debrief');
  await app.widget('pipeline/quarter/timeline');
});
