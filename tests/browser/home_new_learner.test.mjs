// Home for a new learner, on a phone (390x844, touch): with no answers there is no
// weakest domain and no chance of passing, only what to do to get them, and nothing
// on Home is red or wider than the screen. A mock exam submitted with most questions
// blank is left out of calibration and Home says so; one with half its questions
// answered counts, and its error is given in percentage points. Answering the
// questions Home asks for in each domain brings the chance and the weakest domain.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, withFailureCapture } from './harness.mjs';

const WIDTH = 390;
const HEIGHT = 844;
const MOCK_QUESTIONS = 60;

let app;
before(async () => { app = await openApp({ width: WIDTH, height: HEIGHT, hasTouch: true, isMobile: true }); });
after(async () => { if (app) await app.close(); });
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));

const screenState = async () => (await app.state()).screen_state;

// Pixels in the theme's "bad" red (185, 28, 28 in the light theme), as the weakest
// domain's bar and warnings are drawn; decoded by the page from a screenshot.
async function redPixels() {
  const png = await app.page.screenshot();
  return app.page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let red = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i] > 150 && pixels[i + 1] < 90 && pixels[i + 2] < 90) red += 1;
    }
    return red;
  }, png.toString('base64'));
}

// Every drawn widget lies inside the screen's width.
async function assertInsideWidth(where) {
  const outside = Object.entries(await app.widgets()).filter(([, r]) => r.x < 0 || r.x + r.w > WIDTH + 0.5);
  assert.deepEqual(outside, [], `${where}: widgets outside the ${WIDTH}px width`);
}

// Wheels Home from top to bottom, calling `check` at each position.
async function walkHome(check) {
  for (let step = 0; step < 12; step++) {
    await check(step);
    const before = JSON.stringify(await app.widgets());
    await app.page.mouse.move(WIDTH / 2, HEIGHT / 2);
    for (let k = 0; k < 3; k++) await app.page.mouse.wheel(0, 200);
    await app.nextFrames(4);
    if (JSON.stringify(await app.widgets()) === before) return;  // the bottom
  }
}

async function scrollHomeToTop() {
  await app.page.mouse.move(WIDTH / 2, HEIGHT / 2);
  for (let k = 0; k < 20; k++) await app.page.mouse.wheel(0, -400);
  await app.nextFrames(4);
}

// A mock exam with its first `answered` questions answered (the first option or
// options) and the rest left blank, submitted from the last question.
async function submitMock(answered) {
  await app.click('nav/mock');
  if ((await screenState()).phase === 'results') await app.scrollToAndClick('results/new');
  await app.scrollToAndClick('mock/start');
  let s = await screenState();
  assert.equal(s.phase, 'running');
  assert.equal(s.total, MOCK_QUESTIONS);
  for (let i = 1; i <= answered; i++) {
    s = await screenState();
    assert.equal(s.current, i);
    for (let k = 1; k <= s.question.choose; k++) await app.press(String(k));
    await app.press('ArrowRight');
  }
  for (let i = answered + 1; i < MOCK_QUESTIONS; i++) await app.press('ArrowRight');
  assert.equal((await screenState()).current, MOCK_QUESTIONS);
  await app.press('Enter');  // on the last question: asks to submit
  await app.click('exam/confirm-submit');
  s = await screenState();
  assert.equal(s.phase, 'results');
  assert.equal(s.score.unanswered, MOCK_QUESTIONS - answered);
  await app.click('nav/home');
}

it('a new learner sees no weakest domain and no chance of passing, only what to do', async () => {
  const home = await screenState();
  assert.equal(home.answered, 0);
  assert.equal(home.weakest, null, 'no answers, so no domain is the weakest');
  assert.equal(home.estimate_shown, false, 'no answers, so no chance of passing');
  assert.equal(home.evidence.answers_per_domain, 5);
  assert.equal(home.evidence.domains_with_evidence, 0);
  assert.match(home.evidence.note, /^Answer 5 questions in each domain to see your chance of passing and your weakest/);
  assert.equal(home.calibration, null);
  const shown = await app.widgets();
  assert.equal(shown['home/pass-probability'], undefined, 'the chance of passing is not drawn');
  assert.ok(shown['home/readiness-empty'], 'the empty state is drawn in its place');
  assert.ok(shown['home/practise-next'], 'with a button to start answering');
  await scrollHomeToTop();
  await walkHome(async (step) => {
    const drawn = await app.widgets();
    assert.equal(drawn['home/study-weakest'], undefined, `no "Study this" (scroll step ${step})`);
    assert.equal(await redPixels(), 0, `nothing red on Home (scroll step ${step})`);
    await assertInsideWidth(`Home, scroll step ${step}`);
  });
});

it('a mock submitted with 57 of 60 blank is left out of calibration, and Home says so', async () => {
  await submitMock(3);
  const home = await screenState();
  assert.equal(home.recent_mocks.length, 1);
  assert.equal(home.calibration_error, null, 'a mostly blank mock does not judge the estimate');
  assert.equal(home.calibration.counted, 0);
  assert.equal(home.calibration.left_out, 1);
  assert.equal(home.calibration.note,
    'No past mock exam checks this estimate yet: 1 mock exam with fewer than half its questions answered is not counted.');
});

it('a mock with half its questions answered counts, its error in percentage points', async () => {
  await submitMock(MOCK_QUESTIONS / 2);
  const home = await screenState();
  assert.equal(home.recent_mocks.length, 2);
  assert.equal(home.calibration.counted, 1, 'exactly half answered counts');
  assert.equal(home.calibration.left_out, 1);
  assert.equal(typeof home.calibration_error, 'number');
  assert.match(home.calibration.note,
    /^Before your past mock exams this estimate was off by \d+ percentage points? on average\. 1 mock exam with fewer than half its questions answered is not counted\.$/);
  assert.doesNotMatch(home.calibration.note, /% points/);
});

it('answering the questions Home asks for in each domain brings the chance and the weakest', async () => {
  let home = await screenState();
  for (let round = 0; !home.estimate_shown && round < 8; round++) {
    const domain = home.evidence.next;
    await scrollHomeToTop();
    await app.scrollToAndClick('home/practise-next');
    assert.equal((await app.state()).screen, 'practice', 'the button opens Practice');
    const run = await screenState();
    const needed = home.evidence.answers_per_domain - home.domains.find((d) => d.id === domain).answered;
    assert.equal(run.total, Math.min(needed, 10), `a practice of just the answers ${domain} still needs`);
    for (let i = 1; i <= run.total; i++) {
      const s = await screenState();
      assert.equal(s.question.domain, domain);
      for (let k = 1; k <= s.question.choose; k++) await app.press(String(k));
      await app.press('Enter');  // check: the answer is logged
      if (i < run.total) await app.press('Enter');  // next
    }
    await app.click('nav/home');
    home = await screenState();
    assert.ok(home.domains.find((d) => d.id === domain).enough_evidence, `${domain} has enough answers now`);
  }
  assert.equal(home.estimate_shown, true);
  assert.notEqual(home.weakest, null);
  assert.equal(home.evidence.next, null);
  await scrollHomeToTop();
  assert.equal((await app.widgets())['home/readiness-empty'], undefined);
  await app.scrollTo('home/pass-probability');  // throws when it is not drawn
  await app.scrollTo('home/calibration');
  await app.scrollTo('home/study-weakest');
  await scrollHomeToTop();
  await walkHome(async (step) => assertInsideWidth(`Home with an estimate, scroll step ${step}`));
});
