// Guided selling in a real browser: a deal works its stage's playbook on the
// board. A failed step branches to the wait and the follow-up, which comes round
// as days pass; a skippable step is skipped; a required one refuses to be skipped
// and says why; the stage will not advance until the buyer has done what its exit
// criteria ask, then does; and after a reload the deal is where it was. A lead is
// qualified and converted into a deal; the quarter's debrief gives its verdict.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, withFailureCapture } from './harness.mjs';

let app;
let profile;
before(async () => {
  profile = await mkdtemp(join(tmpdir(), 'dealdojo-guidance-'));
  app = await openApp({ width: 1280, height: 900, profileDir: profile });
});
after(async () => {
  if (app) await app.close();
  await rm(profile, { recursive: true, force: true });
});
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));
const screen = async () => (await app.state()).screen_state;
const entryOf = (s, dealId) => s.guidance.deals.find((d) => d.deal === dealId);
const click = async (name) => app.click(name).catch(async () => app.scrollToAndClick(name));

async function settle() {
  await app.page.waitForFunction(() => {
    const p = window.dealdojo.state().progress;
    return p.loaded && !p.unsaved;
  });
  await app.page.waitForTimeout(500);
}

// The deal's run as the screen describes it.
async function runOf(dealId) {
  const entry = entryOf(await screen(), dealId);
  assert.ok(entry && entry.run, `deal ${dealId} has a playbook run`);
  return entry.run;
}

// Lets days pass until the run's current step is no longer `stepId`.
async function waitPast(dealId, stepId) {
  for (let i = 0; i < 15; i++) {
    const run = await runOf(dealId);
    if (!run.step || run.step.id !== stepId) return run;
    await click('pipeline/playbook/next-day');
  }
  assert.fail(`step ${stepId} never moved on`);
}

let dealId;
let firstStage;
let secondStage;

it('works a deal through its stage playbook: branch, skip, refusal, exit criteria', async () => {
  await app.click('nav/pipeline');
  await app.click('pipeline/tab/board');
  let s = await screen();
  firstStage = s.stages[0];
  const deal = s.deals.find((d) => d.status === 'open' && d.stage === firstStage);
  assert.ok(deal, `an open deal at ${firstStage}`);
  dealId = deal.id;
  assert.match(deal.next, /^Next: /, 'the card names where the stage playbook starts');
  await click(`pipeline/deal/${dealId}`);
  let run = await runOf(dealId);
  assert.ok(run.step, 'the playbook opens at a step');
  assert.equal(deal.next, `Next: ${run.step.title}`);
  assert.ok(run.missing.length > 0, 'a new run has exit criteria still to meet');

  let branched = false;
  let refused = false;
  let skipped = false;
  let triedEarly = false;
  const firstStageId = firstStage;
  for (let moves = 0; moves < 60 && run.missing.length > 0; moves++) {
    const step = run.step;
    assert.ok(step, `the run ended (${run.end}) with criteria missing: ${run.missing}`);
    if (step.kind === 'wait' || step.kind === 'send') {
      run = await waitPast(dealId, step.id);
      continue;
    }
    if (!triedEarly && run.history.length > 0) {
      // Too early: the buyer has not done what the stage needs.
      await click('pipeline/playbook/advance');
      s = await screen();
      assert.match(s.guidance.message, /Not yet met/);
      assert.equal(s.deals.find((d) => d.id === dealId).stage, firstStageId, 'the deal stays at its stage');
      triedEarly = true;
    }
    if (step.required && !refused) {
      await click('pipeline/playbook/skip');
      s = await screen();
      assert.match(s.guidance.message, /required/i, 'a required step refuses to be skipped, with the reason');
      assert.equal(entryOf(s, dealId).run.step.id, step.id, 'the refused skip leaves the step where it was');
      refused = true;
      run = entryOf(s, dealId).run;
      continue;
    }
    const unmet = new Set(run.missing);
    if (!step.required && !skipped && step.outcomes[0].meets.every((n) => !unmet.has(n)) &&
        !['lost', 'retire'].includes(step.outcomes[0].next)) {
      await click('pipeline/playbook/skip');
      s = await screen();
      run = entryOf(s, dealId).run;
      assert.equal(s.guidance.message, '');
      assert.equal(run.history.at(-1).action, 'skipped');
      assert.equal(run.history.at(-1).step, step.id);
      skipped = true;
      continue;
    }
    const toWait = step.outcomes.find((o) => o.next_kind === 'wait');
    if (!branched && toWait) {
      // The failed call: the playbook waits, then prompts the follow-up.
      await click(`pipeline/playbook/outcome/${toWait.name}`);
      run = await runOf(dealId);
      assert.equal(run.step.kind, 'wait');
      assert.ok(run.waiting_until > (await screen()).guidance.day, 'the wait ends on a later day');
      const waitId = run.step.id;
      run = await waitPast(dealId, waitId);
      assert.ok(run.history.some((h) => h.step === waitId && h.action === 'fired'), 'the wait fired by itself');
      branched = true;
      continue;
    }
    const useful = step.outcomes.find((o) => o.meets.some((n) => unmet.has(n))) ||
      step.outcomes.find((o) => !['lost', 'retire'].includes(o.next) && o.next_kind !== 'wait') ||
      step.outcomes[0];
    await click(`pipeline/playbook/outcome/${useful.name}`);
    run = await runOf(dealId);
  }
  assert.deepEqual(run.missing, [], 'every exit criterion met');
  assert.ok(branched, 'a failed step branched to a wait and a follow-up');
  assert.ok(refused, 'a required step was refused a skip');
  assert.ok(skipped, 'a skippable step was skipped');
  assert.ok(triedEarly, 'advancing was tried before the criteria were met');

  await click('pipeline/playbook/advance');
  s = await screen();
  assert.equal(s.guidance.message, '');
  secondStage = s.deals.find((d) => d.id === dealId).stage;
  assert.notEqual(secondStage, firstStageId, 'the deal moved to the next stage');
  const entry = entryOf(s, dealId);
  assert.equal(entry.stage, secondStage);
  assert.equal(entry.past, 1, 'the first stage is kept in the deal history');
  assert.ok(entry.run.step, 'the next stage opens its playbook');
  assert.equal(s.deals.find((d) => d.id === dealId).next, `Next: ${entry.run.step.title}`, 'the card follows the run');
});

it('after a reload the deal is where it was in its playbook', async () => {
  // One step into the new stage, so there is a position to keep.
  let run = await runOf(dealId);
  const step = run.step;
  const outcome = step.kind === 'wait' || step.kind === 'send' ? null : step.outcomes[0];
  if (outcome) await click(`pipeline/playbook/outcome/${outcome.name}`);
  const before = await screen();
  run = entryOf(before, dealId).run;
  await settle();
  await app.load();
  await app.page.waitForFunction(() => window.dealdojo.state().progress.loaded === true);
  await app.click('nav/pipeline');
  await app.click('pipeline/tab/board');
  await click(`pipeline/deal/${dealId}`);
  const after = await screen();
  assert.equal(after.deals.find((d) => d.id === dealId).stage, secondStage);
  const again = entryOf(after, dealId);
  assert.equal(again.stage, secondStage);
  assert.equal(again.past, 1);
  assert.equal(again.run.step?.id, run.step?.id);
  assert.deepEqual(again.run.history, run.history);
  assert.deepEqual(again.run.missing, run.missing);
  assert.equal(after.guidance.day, before.guidance.day);
});

it('qualifies a lead through BANT and converts it into a deal at the first stage', async () => {
  await app.click('pipeline/tab/leads');
  let s = await screen();
  assert.ok(s.guidance.leads.length >= 6, `leads: ${s.guidance.leads.length}`);
  const lead = s.guidance.leads.find((l) => l.state === 'open');
  await click(`pipeline/lead/${lead.id}`);
  const dealsBefore = s.deals.length;
  for (let moves = 0; moves < 60; moves++) {
    s = await screen();
    const current = s.guidance.leads.find((l) => l.id === lead.id);
    if (current.state === 'converted') break;
    const step = current.run?.step;
    assert.ok(step, `lead ${lead.id} is ${current.state} with no step to take`);
    if (step.kind === 'wait' || step.kind === 'send') {
      await click('pipeline/leads/next-day');
      continue;
    }
    const unmet = new Set(current.run.missing);
    const pick = step.outcomes.find((o) => o.meets.some((n) => unmet.has(n))) ||
      step.outcomes.find((o) => !['lost', 'retire'].includes(o.next) && o.next_kind !== 'wait') || step.outcomes[0];
    await click(`pipeline/leads/playbook/outcome/${pick.name}`);
  }
  s = await screen();
  const converted = s.guidance.leads.find((l) => l.id === lead.id);
  assert.equal(converted.state, 'converted');
  assert.equal(s.deals.length, dealsBefore + 1);
  const deal = s.deals.find((d) => d.id === converted.deal);
  assert.equal(deal.stage, firstStage, 'the new deal starts at the first stage');
  await click('pipeline/leads/open-deal');
  s = await screen();
  assert.equal(s.tab, 'board');
  assert.equal(s.editor.deal, converted.deal);
});

it('the quarter follows the playbooks and the debrief names the process level with its numbers', async () => {
  await app.click('pipeline/tab/quarter');
  let s = await screen();
  assert.ok(s.quarter.playbooks > 0, 'the quarter carries the stage playbooks');
  await click('pipeline/quarter/playbook/shortcut');
  await click('pipeline/quarter/play-week');
  await click('pipeline/quarter/playbook/follow');
  await click('pipeline/quarter/auto');
  s = await screen();
  assert.equal(s.quarter.finished, true);
  const v = s.quarter.debrief.verdict;
  assert.ok(v, 'the debrief has a verdict');
  assert.match(v.kind, /^(humming|experimenting|thrashing)$/);
  assert.equal(v.weeks_changed, 1, 'one change: shortcut in week 1, follow from week 2');
  assert.deepEqual(v.change_weeks, [2]);
  assert.match(v.explanation, /week/i);
  await app.scrollTo('pipeline/quarter/verdict');
  await app.scrollTo('pipeline/quarter/verdict-numbers');
});
