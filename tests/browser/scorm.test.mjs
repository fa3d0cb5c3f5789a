// The course package as a SCO, against scorm-again (the SCORM runtime LMS builders
// embed) as the LMS: `dojo publish scorm` makes the package, a page creates the LMS
// API with scorm-again and opens the package's launch page in a frame, the test takes
// a mock exam through the UI and reads what the LMS recorded; a second launch with
// the first session's data resumes where the learner left off. Both SCORM versions.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AppDriver, chromiumArgs, webDir, withFailureCapture, wrongAnswer } from './harness.mjs';
import { loadQuestions } from './pack_keys.mjs';
import { startServer } from '../../scripts/serve.mjs';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const dojo = process.env.DEALDOJO_DOJO || join(repo, 'build/native/dojo');
const questions = loadQuestions();

// The LMS page: scorm-again's API on the window, the course in a frame filling it.
function lmsPage(version) {
  const [script, global, name] = version === '1.2'
    ? ['scorm12.js', 'Scorm12API', 'API'] : ['scorm2004.js', 'Scorm2004API', 'API_1484_11'];
  return `<!doctype html><html><head><meta charset="utf-8"><script src="${script}"></script>
<style>html,body{margin:0;height:100%;overflow:hidden}iframe{border:0;width:100%;height:100%;display:block}</style>
</head><body><script>
  const api = new ${global}({ autocommit: false, logLevel: 5 });
  api.loadFromJSON(window.lmsInitial || {});
  window.${name} = api;
  window.lmsCommits = 0;
  window.lmsTerminated = false;
  api.on('${version === '1.2' ? 'LMSCommit' : 'Commit'}', () => { window.lmsCommits += 1; });
  api.on('${version === '1.2' ? 'LMSFinish' : 'Terminate'}', () => { window.lmsTerminated = true; });
  window.lmsData = () => JSON.parse(JSON.stringify(api.cmi));
  // An LMS whose next commits fail (window.lmsFailCommits of them), reporting the error once.
  let failing = window.lmsFailCommits || 0;
  let failedCode = '';
  const [commitCall, errorCall] = ${version === '1.2' ? "['LMSCommit', 'LMSGetLastError']" : "['Commit', 'GetLastError']"};
  const realCommit = api[commitCall].bind(api), realError = api[errorCall].bind(api);
  api[commitCall] = (arg) => {
    if (failing > 0) { failing -= 1; failedCode = '${version === '1.2' ? '101' : '391'}'; return 'false'; }
    return realCommit(arg);
  };
  api[errorCall] = () => { const code = failedCode; failedCode = ''; return code || realError(); };
  const frame = document.createElement('iframe');
  frame.src = 'course/index.html';
  document.body.appendChild(frame);
</script></body></html>`;
}

// Publishes the default pack for `version` and lays out the LMS's folder.
function preparePackage(version) {
  const root = join(repo, 'build/scorm-test', version);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'course'), { recursive: true });
  const zip = join(root, 'course.zip');
  execFileSync(dojo, ['publish', 'scorm', join(repo, 'content/sales-rep'), '--version', version, '-o', zip,
    '--web', webDir]);
  execFileSync('unzip', ['-q', zip, '-d', join(root, 'course')]);
  const script = version === '1.2' ? 'scorm12.js' : 'scorm2004.js';
  copyFileSync(join(repo, 'node_modules/scorm-again/dist', script), join(root, script));
  writeFileSync(join(root, 'lms.html'), lmsPage(version));
  return root;
}

// Opens the LMS page with `initial` as the LMS's data for this learner; the app in its frame.
async function launch(root, initial, failCommits = 0) {
  const { server, url } = await startServer(root, 0);
  const profile = await mkdtemp(join(tmpdir(), 'dealdojo-scorm-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', args: chromiumArgs, viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] || (await context.newPage());
  const consoleLines = [];
  page.on('console', (msg) => consoleLines.push(`[${msg.type()}] ${msg.text()}`));
  await page.addInitScript(([data, fail]) => {
    if (window === window.top) { window.lmsInitial = data; window.lmsFailCommits = fail; }
  }, [initial, failCommits]);
  await page.goto(new URL('lms.html', url).href);
  const app = new AppDriver(page, url, consoleLines, []);
  await page.waitForFunction(() => {
    const frame = document.querySelector('iframe');
    const w = frame && frame.contentWindow;
    return w && w.dealdojo && w.dealdojo.ready && w.dealdojo.frames() > 2 && w.dealdojo.state().lms.started;
  }, null, { timeout: 30000 });
  app.frame = page.frames().find((f) => f !== page.mainFrame());
  app.lms = () => page.evaluate(() => window.lmsData());
  app.lmsValue = (path) => page.evaluate((p) => p.split('.').reduce((o, k) => (o == null ? o : o[k]), window.lmsData()), path);
  app.close = async () => {
    await context.close();
    server.close();
    await rm(profile, { recursive: true, force: true });
  };
  return app;
}

// Starts a mock exam and answers the first `right` questions right and `wrong` more
// wrongly by keyboard, then submits; returns the picks per question id.
async function takeMock(app, right, wrong) {
  await app.click('nav/mock');
  await app.click('mock/start');
  // Keys go to the focused frame: the course's canvas, as a learner's click would make it.
  await app.frame.evaluate(() => document.getElementById('canvas').focus());
  const picks = new Map();
  for (let i = 0; i < right + wrong; i++) {
    const s = (await app.state()).screen_state;
    const q = questions.get(s.question.id);
    const options = s.question.options;
    const chosen = i < right ? options.filter((o) => q.correct.includes(o.id)) : wrongAnswer(options, q.correct, s.question.choose);
    for (const o of chosen) await app.press(String(o.position));
    picks.set(q.id, chosen.map((o) => o.id).sort());
    await app.press('ArrowRight');
  }
  await app.click('exam/submit');
  await app.click('exam/confirm-submit');
  assert.equal((await app.state()).screen_state.phase, 'results');
  return picks;
}

for (const version of ['2004', '1.2']) describe(`SCORM ${version}`, () => {
  const is2004 = version === '2004';
  let root;
  let app;
  let firstSession;
  before(() => { root = preparePackage(version); });
  after(async () => { if (app) await app.close(); });
  const it = (name, body) => test(name, withFailureCapture(() => app, `scorm-${version}-${name}`, body));

  it('a mock taken in the course reaches the LMS: status, score and one interaction per answer', async () => {
    const learner = is2004 ? { learner_id: 'jd-1', learner_name: 'Doe, Jane' }
      : { core: { student_id: 'jd-1', student_name: 'Doe, Jane' } };
    app = await launch(root, learner);
    let state = await app.state();
    assert.equal(state.lms.connected, true);
    assert.equal(state.lms.version, version);
    assert.equal(state.lms.learner, 'Jane Doe', 'greets the learner by the LMS name');
    assert.equal(state.screen, 'home');
    // A course studies its own pack: it never asks for the default packs' package.
    const requested = await app.frame.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    assert.ok(requested.some((name) => name.endsWith('/course/pack.json')), requested.join('\n'));
    assert.deepEqual(requested.filter((name) => name.includes('dealdojo_content')), []);
    const status = is2004 ? 'completion_status' : 'core.lesson_status';
    await app.page.waitForFunction((p) => p.split('.').reduce((o, k) => o[k], window.lmsData()) === 'incomplete', status);

    const picks = await takeMock(app, 3, 1);
    await app.page.waitForFunction(() => window.lmsCommits > 0);
    const cmi = await app.lms();
    if (is2004) {
      assert.equal(cmi.completion_status, 'completed');
      assert.equal(cmi.success_status, 'failed');
      assert.deepEqual([cmi.score.raw, cmi.score.min, cmi.score.max, cmi.score.scaled].map(String), ['3', '0', '60', '0.05']);
    } else {
      assert.equal(cmi.core.lesson_status, 'failed');  // complete after one mock; 5% is below the 70% pass mark
      assert.deepEqual([cmi.core.score.raw, cmi.core.score.min, cmi.core.score.max].map(String), ['5', '0', '100']);
    }
    const interactions = Object.values(cmi.interactions.childArray || cmi.interactions);
    const answered = interactions.filter((x) => x && x.id);
    assert.equal(answered.length, 4, 'one interaction per answered question');
    let correct = 0;
    for (const x of answered) {
      const id = x.id.replace(/^mock1-/, '');
      assert.ok(picks.has(id), `interaction ${x.id} is a question the learner answered`);
      assert.equal(x.type, 'choice');
      const separator = is2004 ? '[,]' : ',';
      assert.equal(is2004 ? x.learner_response : x.student_response, picks.get(id).join(separator));
      const pattern = (x.correct_responses.childArray || Object.values(x.correct_responses))[0].pattern;
      assert.equal(pattern, [...questions.get(id).correct].sort().join(separator));
      const right = picks.get(id).join() === [...questions.get(id).correct].sort().join();
      assert.equal(x.result, right ? 'correct' : is2004 ? 'incorrect' : 'wrong');
      if (right) correct += 1;
      assert.match(x.latency, is2004 ? /^PT\d+H\d+M\d+\.\d\dS$/ : /^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/);
      assert.doesNotMatch(x.latency, is2004 ? /^PT0H0M0\.00S$/ : /^0+:00:00(\.0+)?$/, 'the time on screen is measured');
      assert.match(is2004 ? x.timestamp : x.time, is2004 ? /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.0Z$/ : /^\d\d:\d\d:\d\d$/);
    }
    assert.equal(correct, 3);
  });

  it('leaving the page ends the session: session time, exit suspend, terminate', async () => {
    await app.click('nav/practice');
    await app.nextFrames(3);
    await app.page.evaluate(() => document.querySelector('iframe').remove());  // the frame's pagehide
    await app.page.waitForFunction(() => window.lmsTerminated === true);
    const cmi = await app.lms();
    const core = is2004 ? cmi : cmi.core;
    assert.equal(core.exit, 'suspend');
    // scorm-again keeps 1.2's session time as HH:MM:SS.SS.
    assert.match(core.session_time, is2004 ? /^PT\d+H\d+M\d+\.\d\dS$/ : /^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/);
    assert.doesNotMatch(core.session_time, is2004 ? /^PT0H0M0\.00S$/ : /^0+:00:00(\.0+)?$/);
    assert.equal(is2004 ? cmi.location : cmi.core.lesson_location, 'practice');
    assert.ok(cmi.suspend_data.startsWith('DD1{'));
    assert.ok(cmi.suspend_data.length <= (is2004 ? 64000 : 4096));
    firstSession = cmi;
    await app.close();
    app = null;
  });

  it('a second launch with the first session\'s data resumes where the learner left off', async () => {
    const interactions = firstSession.interactions;
    const resume = is2004
      ? { learner_name: 'Doe, Jane', entry: 'resume', location: firstSession.location,
        suspend_data: firstSession.suspend_data, interactions }
      : { core: { student_name: 'Doe, Jane', entry: 'resume', lesson_location: firstSession.core.lesson_location },
        suspend_data: firstSession.suspend_data, interactions };
    app = await launch(root, resume);
    const state = await app.state();
    assert.equal(state.screen, 'practice', 'opens the section the learner was in');
    assert.equal(state.progress.history, 1, 'the mock is in the history');
    assert.equal(state.progress.answers, 4, 'the answers are back');
    assert.equal(state.lms.interactions, 4, 'new interactions go after the LMS\'s four');
    await app.click('nav/home');
    const home = (await app.state()).screen_state;
    await app.close();
    app = null;
    assert.equal(home.answered, 4);
    assert.equal(home.domains.reduce((sum, d) => sum + d.answered, 0), 4, 'readiness is computed from the resumed answers');
    assert.equal(home.recent_mocks.length, 1);
  });

  it('a commit the LMS refuses is logged with its code and tried again on the next change', async () => {
    app = await launch(root, {}, 1);
    const code = is2004 ? '391' : '101';
    await app.frame.waitForFunction((c) => window.DealDojoCourse.errors.some((e) => e.call === 'Commit' && e.code === c), code);
    assert.equal(await app.page.evaluate(() => window.lmsCommits), 0);
    assert.equal((await app.state()).lms.commit_failed, true);
    await app.nextFrames(5);  // idle frames do not hammer the LMS
    assert.equal((await app.frame.evaluate(() => window.DealDojoCourse.errors.length)), 1);
    await app.click('nav/practice');  // a change: the commit is tried again
    await app.page.waitForFunction(() => window.lmsCommits === 1);
    assert.equal((await app.state()).lms.commit_failed, false);
    assert.equal((await app.state()).screen, 'practice', 'the learner was never stopped');
  });

  if (is2004) {
    it('without an LMS the package runs as the web app on its one pack, saving in the browser', async () => {
      const { server, url } = await startServer(join(root, 'course'), 0);
      const profile = await mkdtemp(join(tmpdir(), 'dealdojo-course-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: '/usr/bin/chromium', args: chromiumArgs, viewport: { width: 1280, height: 900 },
      });
      try {
        const page = context.pages()[0] || (await context.newPage());
        const alone = new AppDriver(page, url, [], []);
        await alone.load();
        await page.waitForFunction(() => window.dealdojo.state().progress.loaded);
        const state = await alone.state();
        assert.deepEqual([state.lms.connected, state.lms.course], [false, true]);
        await alone.click('nav/packs');
        const packs = (await alone.state()).screen_state.packs.map((p) => p.id);
        assert.deepEqual(packs, ['sales-rep'], 'the course pack only');
      } finally {
        await context.close();
        server.close();
        await rm(profile, { recursive: true, force: true });
      }
    });
  }
});
