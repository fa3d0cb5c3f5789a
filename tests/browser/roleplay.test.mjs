// Role-play in a real browser: one scenario played to its best ending and one
// to a lost ending, by clicks and by digit keys, with the ending and the score
// shown checked against the pack's JSON; and replaying from a step.
//
// The expected results come from the scenario itself, not from numbers typed
// here: the best run follows the choices graded "best" (the default pack's
// scenarios have exactly one per decision point and no conditions on choices,
// so that path is the one `dojo roleplay check` proves scores 100), and the lost
// run's "right move" points are worked out from the grades of the choices made.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, withFailureCapture } from './harness.mjs';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const loadScenario = (file) =>
  JSON.parse(readFileSync(join(repo, 'content/sales-rep/roleplay', `${file}.json`), 'utf8')).roleplay.scenarios[0];

const ENDING_RANK = ['committed', 'next-step', 'stalled', 'lost'];
const GRADE_PERCENT = { best: 100, good: 70, weak: 30, poor: 0 };

let app;
before(async () => {
  app = await openApp({ width: 1280, height: 900 });
  // The scenarios below are the default pack's; make sure it is the one studied.
  await app.click('nav/packs');
  const packs = (await app.state()).screen_state.packs;
  if (!packs.find((p) => p.id === 'sales-rep').active) await app.click('packs/sales-rep/use');
  assert.equal((await app.state()).screen_state.packs.find((p) => p.active).id, 'sales-rep');
});
after(async () => { if (app) await app.close(); });
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));
const scrollToAndClick = (name) => app.scrollToAndClick(name);
const screen = async () => (await app.state()).screen_state;

const nodeById = (scenario, id) => scenario.nodes.find((n) => n.id === id);
const bestEnding = (scenario) =>
  ENDING_RANK.find((kind) => scenario.nodes.some((n) => n.ending === kind));

// The shortest run of choices whose `next` is a plain node id that ends in a
// "lost" node, as a list of choice texts.
function pathToLoss(scenario) {
  const start = scenario.start || scenario.nodes[0].id;
  const queue = [[start, []]];
  const seen = new Set([start]);
  while (queue.length) {
    const [id, path] = queue.shift();
    const node = nodeById(scenario, id);
    if (node.ending === 'lost') return path;
    for (const c of node.choices || []) {
      if (typeof c.next !== 'string' || c.if || seen.has(c.next)) continue;
      seen.add(c.next);
      queue.push([c.next, [...path, c]]);
    }
  }
  throw new Error(`${scenario.id}: no unconditional path to a lost ending`);
}

// Picks the choice with `text` by its displayed number: odd steps by a click,
// even steps by the digit key. Returns the state after it.
async function say(text, step) {
  const before = await screen();
  const shown = before.choices.find((c) => c.text === text);
  assert.ok(shown, `"${text}" is not on offer; offered: ${before.choices.map((c) => c.text).join(' | ')}`);
  if (step % 2 === 1) await app.click(`roleplay/choice/${shown.number}`);
  else await app.press(String(shown.number));
  const after = await screen();
  assert.equal(after.steps_taken, before.steps_taken + 1, `step ${step} was not taken`);
  const learnerLines = after.transcript.filter((e) => e.speaker === 'learner');
  assert.equal(learnerLines.at(-1).text, text);
  return after;
}

async function startScenario(id) {
  await app.click('nav/roleplay');
  let s = await screen();
  if (s.view !== 'list') {
    await app.click('roleplay/back');
    s = await screen();
  }
  assert.equal(s.view, 'list');
  assert.ok(s.scenarios.some((x) => x.id === id), `no scenario ${id}`);
  await scrollToAndClick(`roleplay/start/${id}`);
  s = await screen();
  assert.equal(s.view, 'conversation');
  assert.equal(s.scenario, id);
  assert.equal(s.transcript.length, 1);
  assert.equal(s.transcript[0].speaker, 'buyer');
  return s;
}

// Clicks a widget after checking it is inside the window (the harness does not scroll).
async function clickOnScreen(name) {
  const r = await app.widget(name);
  const view = app.page.viewportSize();
  assert.ok(r.x >= 0 && r.y >= 0 && r.x + r.w <= view.width && r.y + r.h <= view.height, `${name} is off screen`);
  await app.click(name);
}

function checkRubricAddsUp(debrief) {
  const sum = debrief.rubric.reduce((total, line) => total + line.points, 0);
  assert.equal(debrief.score, sum, `rubric ${JSON.stringify(debrief.rubric)}`);
  for (const line of debrief.rubric) assert.ok(line.points >= 0 && line.points <= line.max, line.id);
}

it('plays a scenario to its best ending with the best moves and scores 100', async () => {
  const scenario = loadScenario('price-too-high');
  let s = await startScenario(scenario.id);
  const snapshots = [s.transcript];  // the transcript before each step
  let step = 0;
  while (s.view === 'conversation') {
    const node = nodeById(scenario, s.node);
    const best = node.choices.filter((c) => c.grade === 'best');
    assert.equal(best.length, 1, `${node.id} has one best move`);
    s = await say(best[0].say, ++step);
    if (s.view === 'conversation') {
      assert.equal(s.last_verdict.grade, 'best');
      assert.equal(s.last_verdict.technique, best[0].technique);
      assert.ok(s.last_verdict.text.startsWith('Best move: '), s.last_verdict.text);
      snapshots.push(s.transcript);
    }
  }
  assert.equal(s.view, 'debrief');
  const d = s.debrief;
  assert.equal(d.ending, bestEnding(scenario));
  assert.equal(d.score, 100);
  assert.equal(d.passed, true);
  assert.equal(d.replay_from, null);
  assert.ok(d.steps.every((x) => x.grade === 'best'), JSON.stringify(d.steps));
  assert.equal(d.steps.length, step);
  assert.equal(d.ideal_path.length, step);
  checkRubricAddsUp(d);
  await app.widget('roleplay/score');

  // "Replay from here" in the debrief: back to just before step 2, later lines gone.
  await clickOnScreen('roleplay/replay/2');
  s = await screen();
  assert.equal(s.view, 'conversation');
  assert.equal(s.steps_taken, 1);
  assert.deepEqual(s.transcript, snapshots[1]);
  assert.equal(s.last_verdict.grade, 'best');
});

it('keeps the best score in the list of scenarios', async () => {
  await app.click('roleplay/back');
  const s = await screen();
  assert.equal(s.view, 'list');
  assert.equal(s.scenarios.find((x) => x.id === 'price-too-high').best_score, 100);
  assert.equal(s.scenarios.find((x) => x.id === 'just-send-information').best_score, null);
  const kinds = new Set(s.scenarios.map((x) => x.kind));
  assert.ok(kinds.has('objection') && kinds.has('commitment'), [...kinds].join());
});

it('plays a scenario to a lost ending and scores the moves from their grades', async () => {
  const scenario = loadScenario('just-send-information');
  const path = pathToLoss(scenario);
  assert.ok(path.length >= 2, 'the test wants at least two steps to replay between');
  let s = await startScenario(scenario.id);
  const beforeLast = [];
  for (let i = 0; i < path.length; i++) {
    if (i === path.length - 1) beforeLast.push(...s.transcript);
    s = await say(path[i].say, i + 1);
  }
  assert.equal(s.view, 'debrief');
  const d = s.debrief;
  assert.equal(d.ending, 'lost');
  const percents = path.map((c) => GRADE_PERCENT[c.grade]);
  const moves = Math.floor((50 * percents.reduce((a, b) => a + b, 0)) / (100 * path.length));
  assert.equal(d.rubric.find((l) => l.id === 'moves').points, moves);
  assert.equal(d.rubric.find((l) => l.id === 'outcome').points, 0);
  checkRubricAddsUp(d);
  assert.ok(d.score < d.pass_percent, `score ${d.score}`);
  assert.equal(d.passed, false);
  assert.deepEqual(d.steps.map((x) => x.grade), path.map((c) => c.grade));
  assert.deepEqual(d.steps.map((x) => x.technique), path.map((c) => c.technique));
  const firstMiss = path.findIndex((c) => c.grade !== 'best');
  assert.equal(d.replay_from, firstMiss + 1);

  // The debrief's suggested replay goes back to before the first miss.
  await clickOnScreen('roleplay/replay/suggested');
  s = await screen();
  assert.equal(s.view, 'conversation');
  assert.equal(s.steps_taken, firstMiss);
  assert.ok(!s.transcript.some((e) => e.text === path[firstMiss].say), 'the replayed step is gone');
});

it('replays from the newest step in the conversation with "Replay from here"', async () => {
  const scenario = loadScenario('just-send-information');
  const path = pathToLoss(scenario);
  let s = await screen();
  for (let i = s.steps_taken; i < path.length - 1; i++) s = await say(path[i].say, i + 1);
  const before = s.transcript;
  // Take one more step that does not end the conversation: the best move here.
  const best = nodeById(scenario, s.node).choices.find((c) => c.grade === 'best');
  s = await say(best.say, s.steps_taken + 1);
  assert.equal(s.view, 'conversation');
  assert.ok(s.transcript.length > before.length);
  const name = `roleplay/replay/${s.steps_taken}`;
  const button = await app.widget(name);
  const pane = await app.widget('roleplay/transcript');
  assert.ok(button.y >= pane.y && button.y + button.h <= pane.y + pane.h, 'the button is scrolled into view');
  await app.click(name);
  s = await screen();
  assert.equal(s.steps_taken, path.length - 1);
  assert.deepEqual(s.transcript, before);
});
