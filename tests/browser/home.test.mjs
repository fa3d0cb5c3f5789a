// The Home dashboard in a real browser: answer practice questions right and wrong,
// come back to Home and check readiness and mastery moved the right way and match
// an independent computation of the Beta posterior; answer what Home asks for in
// every domain until it names the weakest; then "Study this" starts a practice on
// the weakest domain and "Start today's reviews" a run of new questions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, withFailureCapture, wrongAnswer } from './harness.mjs';
import { loadQuestions } from './pack_keys.mjs';

let app;
let questions;  // the active pack's, read from disk once Home says which it is
let domain;     // the domain practised: the first, so its row and button are on screen
before(async () => { app = await openApp({ width: 1280, height: 900 }); });
after(async () => { if (app) await app.close(); });
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));

const screenState = async () => (await app.state()).screen_state;
let before_answers;

// Picks the key (right) or as many wrong options as the question asks for, checks,
// and moves on unless `last` (on the last question Enter would ask to submit).
async function answer(state, right, last = false) {
  const q = questions.get(state.question.id);
  const options = state.question.options;
  const picks = right
    ? options.filter((o) => q.correct.includes(o.id))
    : wrongAnswer(options, q.correct, state.question.choose);
  for (const o of picks) await app.press(String(o.position));
  await app.press('Enter');  // check
  assert.equal((await screenState()).question.right, right, `question ${state.question.id} marked as intended`);
  if (!last) await app.press('Enter');  // next
}

// The model in docs/STUDY.md, written again here: prior Beta(1,1), the k-th newest
// answer in a domain weighs 2^(-k/20).
function posteriorMean(outcomes /* oldest first */) {
  let alpha = 1;
  let beta = 1;
  outcomes.slice().reverse().forEach((right, k) => {
    const w = 2 ** (-k / 20);
    if (right) alpha += w; else beta += w;
  });
  return { alpha, beta, mean: alpha / (alpha + beta) };
}

it('Home starts with the prior: every domain at one half, nothing due', async () => {
  const home = await screenState();
  before_answers = home;
  questions = loadQuestions(home.pack.id);
  domain = home.pack.domains[0].id;
  assert.equal(home.answered, 0);
  assert.deepEqual(home.domains.map((d) => d.id), home.pack.domains.map((d) => d.id));
  for (const d of home.domains) {
    assert.equal(d.mastery, 0.5);
    assert.ok(d.low < 0.5 && d.high > 0.5);
  }
  // A symmetric prior: the expected score is half the questions, and with a pass
  // mark above half, passing is less likely than not.
  assert.ok(Math.abs(home.readiness.expected_score - 50) < 1e-6, `${home.readiness.expected_score}`);
  assert.ok(home.readiness.pass_probability > 0 && home.readiness.pass_probability < 0.5);
  assert.equal(home.due, 0);
  assert.equal(home.streak, 0);
  assert.equal(home.continue, null);
  await app.widget('home/start-reviews');
  // No answers, so no weakest domain and no chance of passing on screen (home_new_learner.test.mjs).
  assert.equal(home.weakest, null);
  assert.equal(home.estimate_shown, false);
  assert.equal((await app.widgets())['home/study-weakest'], undefined);
});

const outcomes = [false, false, true, false];

it('practice answers move readiness and mastery the expected way', async () => {
  await app.click('nav/practice');
  await app.click(`practice/domain/${domain}`);
  await app.click('practice/start');
  for (const right of outcomes) await answer(await screenState(), right);
  await app.click('nav/home');
  const home = await screenState();
  assert.equal(home.answered, outcomes.length);
  const practised = home.domains.find((d) => d.id === domain);
  const expected = posteriorMean(outcomes);
  assert.equal(practised.answered, outcomes.length);
  assert.ok(Math.abs(practised.alpha - expected.alpha) < 1e-9, `alpha ${practised.alpha} vs ${expected.alpha}`);
  assert.ok(Math.abs(practised.beta - expected.beta) < 1e-9, `beta ${practised.beta} vs ${expected.beta}`);
  assert.ok(Math.abs(practised.mastery - expected.mean) < 1e-9, `mean ${practised.mastery} vs ${expected.mean}`);
  assert.ok(practised.mastery < 0.5);
  assert.ok(practised.high - practised.low < 0.9 - 0.1, 'the interval narrows with evidence');
  for (const d of home.domains.filter((x) => x.id !== domain)) assert.equal(d.mastery, 0.5);
  assert.equal(home.weakest, null, 'four answers in one domain: not enough evidence to name the weakest');
  assert.ok(home.readiness.pass_probability < before_answers.readiness.pass_probability);
  assert.ok(home.readiness.expected_score < before_answers.readiness.expected_score);
  assert.equal(home.streak, 1);
  const today = home.accuracy_by_day[home.accuracy_by_day.length - 1];
  assert.deepEqual([today.answered, today.correct], [4, 1]);
  assert.equal(home.due, 0, 'answered today, so nothing is due before tomorrow');
  assert.equal(home.continue.kind, 'practice');
  await app.widget('home/continue');
});

it('answering what Home asks for in every domain names the weakest', async () => {
  let home = await screenState();
  for (let round = 0; !home.estimate_shown && round < 8; round++) {
    await app.click('home/practise-next');
    const run = await screenState();
    for (let i = 1; i <= run.total; i++) await answer(await screenState(), true, i === run.total);
    await app.click('nav/home');
    home = await screenState();
  }
  assert.equal(home.estimate_shown, true);
  for (const d of home.domains) assert.ok(d.answered >= home.evidence.answers_per_domain, `${d.id}: ${d.answered}`);
  assert.equal(home.weakest, domain, 'the domain answered mostly wrong');
  await app.widget('home/pass-probability');
});

it('"Study this" starts a practice on the weakest domain', async () => {
  await app.click('home/study-weakest');
  assert.equal((await app.state()).screen, 'practice', 'Study this opens Practice');
  const run = await screenState();
  assert.equal(run.phase, 'running');
  const inDomain = [...questions.values()].filter((q) => q.domain === domain).length;
  assert.equal(run.total, Math.min(10, inDomain));
  assert.equal(run.answered, 0);
  assert.equal(questions.get(run.question.id).domain, domain);
});

it('"Start today\'s reviews" starts a run of never-answered questions', async () => {
  await app.click('nav/home');
  await app.click('home/start-reviews');
  assert.equal((await app.state()).screen, 'practice', 'starting the reviews opens Practice');
  const run = await screenState();
  assert.equal(run.phase, 'running');
  assert.equal(run.total, 5, 'nothing is due today, so just the five new questions');
});
