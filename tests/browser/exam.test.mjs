// The exam trainer in a real browser: a full mock exam answered by mouse and
// keyboard, flagged, navigated and submitted, with the shown score checked
// against the answers given; and practice mode's feedback.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, withFailureCapture, wrongAnswer } from './harness.mjs';
import { loadQuestions } from './pack_keys.mjs';

let app;
const questions = loadQuestions();
before(async () => { app = await openApp({ width: 1280, height: 900 }); });
after(async () => { if (app) await app.close(); });
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));

const running = async () => (await app.state()).screen_state;

// Presses the digit keys that pick the key (or, when `right` is false, a wrong answer).
async function answerByKeyboard(state, right) {
  const q = questions.get(state.question.id);
  const options = state.question.options;
  const picks = right
    ? options.filter((o) => q.correct.includes(o.id))
    : wrongAnswer(options, q.correct, state.question.choose);
  for (const o of picks) await app.press(String(o.position));
}

it('starts a mock exam of 60 questions with the exam clock', async () => {
  await app.click('nav/mock');
  assert.equal((await app.state()).screen, 'mock');
  await app.click('mock/start');
  const s = await running();
  assert.equal(s.phase, 'running');
  assert.equal(s.total, 60);
  assert.equal(s.mode, 'exam');
  assert.ok(s.remaining_ms > 104 * 60000 && s.remaining_ms <= 105 * 60000, `remaining ${s.remaining_ms}`);
});

it('answers by click and by keyboard, flags and navigates', async () => {
  let s = await running();
  await app.click('exam/option/1');
  s = await running();
  assert.equal(s.question.options[0].selected, true);
  if (s.question.choose === 1) {
    await app.press('2');
    s = await running();
    assert.deepEqual(s.question.options.map((o) => o.selected).slice(0, 2), [false, true]);
  }
  await app.press('f');
  assert.equal((await running()).question.flagged, true);
  await app.click('exam/flag');
  assert.equal((await running()).question.flagged, false);
  await app.press('ArrowRight');
  assert.equal((await running()).current, 2);
  await app.click('exam/previous');
  assert.equal((await running()).current, 1);
  await app.press('Escape');
  await app.widget('exam/goto/60');
  await app.click('exam/goto/60');
  assert.equal((await running()).current, 60);
  await app.click('exam/goto/1');
  assert.equal((await running()).current, 1);
});

it('submits after confirmation and shows the score and domain breakdown of the answers given', async () => {
  const expected = { right: 0, perDomain: {} };
  for (let i = 1; i <= 60; i++) {
    const s = await running();
    assert.equal(s.current, i);
    const right = i % 3 !== 0;  // two in three right: 40 of 60
    // Clear any earlier pick on a single-answer question by picking again below.
    const q = questions.get(s.question.id);
    if (s.question.options.some((o) => o.selected) && s.question.choose > 1) {
      for (const o of s.question.options.filter((o) => o.selected)) await app.press(String(o.position));
    }
    await answerByKeyboard(await running(), right);
    const d = (expected.perDomain[q.domain] ||= { right: 0, total: 0 });
    d.total += 1;
    if (right) { d.right += 1; expected.right += 1; }
    if (i === 7 || i === 8) await app.press('f');
    await app.press(i < 60 ? 'ArrowRight' : 'Enter');
  }
  let s = await running();
  assert.equal(s.confirming_submit, true, 'Enter on the last question asks to submit');
  await app.click('exam/confirm-cancel');
  assert.equal((await running()).phase, 'running');
  await app.click('exam/submit');
  await app.widget('exam/confirm-message');
  await app.click('exam/confirm-submit');
  s = await running();
  assert.equal(s.phase, 'results');
  assert.equal(s.score.total, 60);
  assert.equal(s.score.right, expected.right);
  assert.equal(s.score.percent, Math.floor((expected.right * 100) / 60));
  assert.equal(s.score.passed, expected.right * 100 >= 70 * 60);
  assert.equal(s.score.flagged, 2);
  assert.equal(s.score.unanswered, 0);
  const counts = { planning: 13, 'customer-engagement': 9, 'deal-management': 22,
    'pipeline-management': 7, forecasting: 4, 'customer-success': 5 };
  for (const d of s.score.domains) {
    assert.equal(d.total, counts[d.id], `${d.id} total`);
    assert.equal(d.right, expected.perDomain[d.id].right, `${d.id} right`);
  }
  await app.widget('results/verdict');
  await app.widget('results/domain/deal-management');
  await app.click('results/filter/flagged');
});

it('practice mode shows the explanation after each answer', async () => {
  await app.click('nav/practice');
  await app.click('practice/domain/forecasting');
  await app.click('practice/start');
  let s = await running();
  assert.equal(s.phase, 'running');
  assert.equal(s.mode, 'practice');
  assert.equal(questions.get(s.question.id).domain, 'forecasting');
  await answerByKeyboard(s, true);
  await app.press('Enter');
  s = await running();
  assert.equal(s.question.checked, true);
  assert.equal(s.question.right, true);
  assert.equal(s.question.explanation, questions.get(s.question.id).explanation);
  await app.press('Enter');
  assert.equal((await running()).current, 2);
});
