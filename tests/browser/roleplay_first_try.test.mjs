// Role-play scores that mean something, in a real browser: nothing on screen
// names the technique to use before the learner chooses; a first try that ends
// stalled is shown as not passed with the reason, and kept as the first try; a
// run that used "Replay from here" is marked as a replay; and on a phone the
// choices are in view after a step without scrolling.
//
// The path is worked out from the pack's JSON: the best move at each point,
// except the first point where a move leads straight to a "stalled" ending.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, withFailureCapture } from './harness.mjs';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const scenarioDir = join(repo, 'content/sales-rep/roleplay');
const scenarios = readdirSync(scenarioDir).filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(scenarioDir, f), 'utf8')).roleplay.scenarios[0]);
const TECHNIQUE_LABELS = ['Cushion', 'Clarify', 'Cross-Check', 'Reply-Deny', 'Reply-Admit', 'Reply-Reverse',
  'Trial Commitment', 'Direct Question', 'Alternate Choice', 'Minor Point', 'Next-Step', 'Opportunity', 'Weighing'];

const nodeById = (scenario, id) => scenario.nodes.find((n) => n.id === id);

// The best moves from the start until a move whose `next` is a stalled ending;
// null when the scenario has no such point on its best line.
function pathToStall(scenario) {
  const path = [];
  let node = nodeById(scenario, scenario.start || scenario.nodes[0].id);
  while (node && !node.ending) {
    const stall = (node.choices || []).find((c) => !c.if && typeof c.next === 'string' &&
      nodeById(scenario, c.next).ending === 'stalled');
    if (stall && path.length >= 2) return [...path, stall];
    const best = node.choices.find((c) => c.grade === 'best');
    if (!best || best.if || typeof best.next !== 'string') return null;
    path.push(best);
    node = nodeById(scenario, best.next);
  }
  return null;
}

const target = scenarios.map((s) => ({ s, path: pathToStall(s) })).find((x) => x.path);

let app;
before(async () => {
  assert.ok(target, 'a default-pack scenario with a stalled ending one move off its best line');
  app = await openApp({ width: 1280, height: 900 });
});
after(async () => { if (app) await app.close(); });
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));
const screen = async () => (await app.state()).screen_state;
const mirrorLines = () => app.page.evaluate(() =>
  Array.from(document.getElementById('a11y-mirror').children).map((el) => el.textContent));

async function say(text) {
  const before = await screen();
  const shown = before.choices.find((c) => c.text === text);
  assert.ok(shown, `"${text}" is not on offer; offered: ${before.choices.map((c) => c.text).join(' | ')}`);
  await app.click(`roleplay/choice/${shown.number}`);
  const after = await screen();
  assert.equal(after.steps_taken, before.steps_taken + 1);
  return after;
}

async function start(appInstance, id) {
  await appInstance.click('nav/roleplay');
  await appInstance.scrollToAndClick(`roleplay/start/${id}`);
  const s = (await appInstance.state()).screen_state;
  assert.equal(s.view, 'conversation');
  return s;
}

it('the list names no technique, and nothing on screen names one before the first choice', async () => {
  await app.click('nav/roleplay');
  const list = await screen();
  for (const s of list.scenarios) {
    for (const label of TECHNIQUE_LABELS) assert.ok(!s.title.includes(label), `${s.id}'s title names ${label}`);
  }
  const s = await start(app, target.s.id);
  assert.equal(s.stage, undefined, 'the stage label is not part of the conversation view');
  await app.nextFrames(8);  // the screen-reader mirror follows the canvas
  const lines = await mirrorLines();
  assert.ok(lines.length > 3, lines.join('\n'));
  for (const line of lines) {
    assert.ok(!/Focus/.test(line), `"${line}"`);
    assert.ok(!TECHNIQUE_LABELS.includes(line.trim()), `a technique label on screen: "${line}"`);
    const stage = nodeById(target.s, s.node).stage;
    if (stage) assert.ok(!line.includes(`·  ${stage}`), `the stage in the prompt: "${line}"`);
  }
});

it('a first try that ends stalled is not passed, with the reason, and stays the first try', async () => {
  let s = await screen();
  for (const c of target.path) s = await say(c.say);
  assert.equal(s.view, 'debrief');
  const d = s.debrief;
  assert.equal(d.ending, 'stalled');
  assert.equal(d.passed, false);
  assert.equal(d.replayed, false);
  assert.ok(d.failed_gates.some((g) => g.includes('a pass needs')), d.failed_gates.join(' | '));
  assert.ok(d.focus === null || typeof d.focus === 'string');
  await app.widget('roleplay/verdict');

  // Replay from the suggested step and finish on the best line: marked as a replay.
  await app.scrollToAndClick('roleplay/replay/suggested');
  s = await screen();
  assert.equal(s.view, 'conversation');
  while (s.view === 'conversation') {
    const best = nodeById(target.s, s.node).choices.find((c) => c.grade === 'best');
    s = await say(best.say);
  }
  assert.equal(s.debrief.replayed, true);
  await app.widget('roleplay/replayed');

  await app.click('roleplay/back');
  const list = await screen();
  const row = list.scenarios.find((x) => x.id === target.s.id);
  assert.equal(row.first_try.passed, false);
  assert.equal(row.first_try.replayed, false);
  assert.equal(row.first_try.score, d.score);
  assert.ok(row.best_score >= d.score);
  await app.scrollTo(`roleplay/first-try/${target.s.id}`);
});

it('on a phone the choices are in view after a step, without scrolling', async () => {
  const phone = await openApp({ width: 390, height: 844, hasTouch: true, isMobile: true });
  try {
    let s = await start(phone, target.s.id);
    const first = nodeById(target.s, s.node).choices.find((c) => c.grade === 'best');
    const shown = s.choices.find((c) => c.text === first.say);
    await phone.scrollToAndClick(`roleplay/choice/${shown.number}`);
    await phone.nextFrames(4);
    s = (await phone.state()).screen_state;
    assert.equal(s.steps_taken, 1);
    const rects = await phone.widgets();
    for (let n = 1; n <= s.choices.length; n++) {
      const r = rects[`roleplay/choice/${n}`];
      assert.ok(r, `choice ${n} is drawn`);
      assert.ok(r.y >= 0 && r.y + r.h <= 844 + 1, `choice ${n} at y ${r.y}..${r.y + r.h} is off a 844 px screen`);
    }
  } finally {
    await phone.close();
  }
});
