// Progress is never lost, in a real browser: answers and finished attempts
// survive a reload (IndexedDB) and a practice run resumes where it stopped; an
// exported progress file imports into a fresh browser profile; a damaged save
// is kept aside with a notice that stays until dismissed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, withFailureCapture } from './harness.mjs';
import { loadQuestions } from './pack_keys.mjs';

const questions = loadQuestions();
const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const scenarioFile = (id) =>
  JSON.parse(readFileSync(join(repo, 'content/sales-rep/roleplay', `${id}.json`), 'utf8')).roleplay.scenarios[0];
let app;
let profile;
let scratch;
before(async () => {
  profile = await mkdtemp(join(tmpdir(), 'dealdojo-progress-'));
  scratch = await mkdtemp(join(tmpdir(), 'dealdojo-progress-files-'));
  app = await openApp({ width: 1280, height: 900, profileDir: profile });
});
after(async () => {
  if (app) await app.close();
  await rm(profile, { recursive: true, force: true });
  await rm(scratch, { recursive: true, force: true });
});
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));
const scrollToAndClick = (name) => app.scrollToAndClick(name);

const progress = async (a = app) => (await a.state()).progress;
const screen = async () => (await app.state()).screen_state;

// Waits until the app has written its last change and IndexedDB has had time to store it.
async function settle(a = app) {
  await a.page.waitForFunction(() => {
    const p = window.dealdojo.state().progress;
    return p.loaded && !p.unsaved;
  });
  await a.page.waitForTimeout(500);
}

async function pickRightAnswer() {
  const s = await screen();
  const key = questions.get(s.question.id).correct;
  for (const o of s.question.options.filter((o) => key.includes(o.id))) await app.press(String(o.position));
  return s.question.id;
}

it('records a mock answered and submitted: one answer per answered question and a history entry', async () => {
  await app.page.waitForFunction(() => window.dealdojo.state().progress.loaded === true);
  assert.equal((await progress()).status, 'fresh');
  // A new profile has no saved-data database: the app knew it without reading one
  // (dealdojo_page.js), and what follows must still be saved and come back.
  assert.equal(await app.page.evaluate(() => Module.dealdojoSavedData), 'none');
  // With nothing saved, Home waits only for the studied pack (read on the first frame
  // after the packs are in the file system, whether or not IndexedDB has answered by
  // then); the other follows a frame after the (empty) progress.
  const phases = await app.loadPhases();
  assert.deepEqual(phases.map((p) => p.phase), [
    'the studied pack: read and check',
    'user packs and progress: load',
    'the other built-in packs: read and check',
  ], JSON.stringify(phases));
  assert.equal(phases[0].frame, await app.firstFrameWithPacks(), JSON.stringify(phases));
  assert.equal(phases[2].frame, phases[1].frame + 1, JSON.stringify(phases));
  assert.ok(!phases[1].homeDrawnBy && phases[2].homeDrawnBy, `Home was drawn before the other pack was read: ${JSON.stringify(phases)}`);
  await app.click('nav/mock');
  await app.click('mock/start');
  await pickRightAnswer();
  await app.press('ArrowRight');
  await pickRightAnswer();
  await app.click('exam/submit');
  await app.click('exam/confirm-submit');
  const p = await progress();
  assert.equal(p.history, 1);
  assert.equal(p.answers, 2);
  assert.equal(p.mock_in_progress, false);
});

it('records practice answers when they are checked', async () => {
  await app.click('nav/practice');
  await app.click('practice/start');
  for (let i = 0; i < 3; i++) {
    await pickRightAnswer();
    await app.press('Enter');  // check
    assert.equal((await progress()).answers, 3 + i);
    await app.press('Enter');  // next
  }
  const p = await progress();
  assert.equal(p.practice_in_progress, true);
  assert.equal((await screen()).current, 4);
});

it('after a reload the history, the answers and the practice in progress are all there', async () => {
  await settle();
  const before = await progress();
  await app.load();
  await app.page.waitForFunction(() => window.dealdojo.state().progress.loaded === true);
  const p = await progress();
  assert.equal(p.status, 'loaded');
  assert.equal(p.answers, before.answers);
  assert.equal(p.history, 1);
  assert.equal(p.practice_in_progress, true);
  // Read through the connection the page opened while the app downloaded (dealdojo_page.js).
  assert.equal(await app.page.evaluate(() => Module.dealdojoUserDataOpenedEarly), true);
  assert.equal(await app.page.evaluate(() => Module.dealdojoSavedData), 'read');
  // A saved state may name any pack: all of them are read before it is taken up, at
  // once if IndexedDB was read by the first frame after the first, else the studied
  // pack then and the others in the frame that takes up the saved state.
  const phases = await app.loadPhases();
  const names = phases.map((p) => p.phase);
  if (names[0] === 'built-in packs: read and check') {
    assert.deepEqual(names, ['built-in packs: read and check', 'user packs and progress: load'], JSON.stringify(phases));
  } else {
    assert.deepEqual(names, ['the studied pack: read and check', 'the other built-in packs: read and check',
      'user packs and progress: load'], JSON.stringify(phases));
    assert.equal(phases[1].frame, phases[2].frame, JSON.stringify(phases));
  }
  await app.click('nav/practice');
  const s = await screen();
  assert.equal(s.phase, 'running');
  assert.equal(s.current, 4);
  assert.equal(s.answered, 3);
  // Carrying on logs the next answer once, not the three before it again.
  await pickRightAnswer();
  await app.press('Enter');
  assert.equal((await progress()).answers, before.answers + 1);
});

it('exports progress as a download and imports it into a fresh browser profile', async () => {
  await settle();
  const expected = await progress();
  await app.click('nav/packs');
  const download = app.page.waitForEvent('download');
  await app.click('packs/export-progress');
  const file = join(scratch, (await download).suggestedFilename());
  await (await download).saveAs(file);
  assert.match(file, /dealdojo-progress-\d{8}-\d{6}\.json$/);
  const saved = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(saved.format, 'dealdojo-progress');
  assert.equal(saved.answers.length, expected.answers);

  const fresh = await openApp({ width: 1280, height: 900 });
  try {
    await fresh.click('nav/packs');
    await fresh.page.waitForFunction(() => window.dealdojo.state().screen_state.can_pick_files === true);
    assert.equal((await progress(fresh)).answers, 0);
    const chooser = fresh.page.waitForEvent('filechooser');
    await fresh.click('packs/import-progress');
    await (await chooser).setFiles(file);
    await fresh.page.waitForFunction((n) => window.dealdojo.state().progress.answers === n, expected.answers);
    const p = await progress(fresh);
    assert.equal(p.history, expected.history);
    assert.equal(p.practice_in_progress, true);
    assert.match((await fresh.state()).notice, /Imported progress: \d+ answers and 1 finished attempt\./);
    // It is not mistaken for a pack.
    assert.equal((await fresh.state()).screen_state.packs.some((pack) => !pack.built_in), false);
    await settle(fresh);
    await fresh.load();
    await fresh.page.waitForFunction((n) => window.dealdojo.state().progress.answers === n, expected.answers);
  } finally {
    await fresh.close();
  }
});

// Picks, by its number on screen, a choice whose next node is not an ending.
async function chooseWithoutEnding(scenario) {
  const s = await screen();
  const node = scenario.nodes.find((n) => n.id === s.node);
  const ends = (c) => typeof c.next !== 'string' || scenario.nodes.find((n) => n.id === c.next).ending;
  const keep = node.choices.find((c) => !c.if && !ends(c) && s.choices.some((shown) => shown.text === c.say));
  assert.ok(keep, `no choice at ${s.node} keeps the conversation going`);
  await app.click(`roleplay/choice/${s.choices.find((shown) => shown.text === keep.say).number}`);
}

it('after a reload an edited deal amount and a role-play two steps in are where they were left', async () => {
  await app.click('nav/pipeline');
  await app.click('pipeline/tab/board');
  const deal = (await screen()).deals.find((d) => d.status === 'open');
  await app.click(`pipeline/deal/${deal.id}`);
  await app.click('pipeline/edit/amount');
  await app.press('Control+A');
  await app.press('Backspace');
  await app.type('43,210');
  await app.click('pipeline/edit/save');
  assert.equal((await screen()).deals.find((d) => d.id === deal.id).amount, 43210);

  const scenario = scenarioFile('price-too-high');
  await app.click('nav/roleplay');
  if ((await screen()).view !== 'list') await app.click('roleplay/back');
  await scrollToAndClick(`roleplay/start/${scenario.id}`);
  await chooseWithoutEnding(scenario);
  await chooseWithoutEnding(scenario);
  const talk = await screen();
  assert.equal(talk.view, 'conversation');
  assert.equal(talk.steps_taken, 2);

  await settle();
  await app.load();
  await app.page.waitForFunction(() => window.dealdojo.state().progress.loaded === true);
  assert.equal((await progress()).status, 'loaded');
  await app.click('nav/roleplay');
  const again = await screen();
  assert.equal(again.view, 'conversation');
  assert.equal(again.scenario, scenario.id);
  assert.equal(again.steps_taken, 2);
  assert.deepEqual(again.transcript, talk.transcript);
  assert.deepEqual(again.choices, talk.choices);
  await app.click('nav/pipeline');
  await app.click('pipeline/tab/board');
  assert.equal((await screen()).deals.find((d) => d.id === deal.id).amount, 43210);
});

it('keeps a damaged save aside, says so until dismissed, and starts fresh', async () => {
  // A fresh profile with nothing unsaved, so nothing is written over the damage on the way out.
  await app.close();
  app = await openApp({ width: 1280, height: 900 });
  await app.page.waitForFunction(() => window.dealdojo.state().progress.loaded === true);
  const garbage = '{"format": "dealdojo-progress", "version": 2, "answers": [tr';
  // Damage the save the way a crash or a bad disk would, then start again.
  await app.page.evaluate(async (text) => {
    window.Module.FS.writeFile('/userdata/progress.json', text);
    await new Promise((resolve) => window.Module.FS.syncfs(false, resolve));
  }, garbage);
  await app.load();
  await app.page.waitForFunction(() => window.dealdojo.state().progress.loaded === true);
  const state = await app.state();
  assert.equal(state.progress.status, 'moved_aside');
  assert.equal(state.progress.answers, 0);
  assert.match(state.progress.moved_to, /^progress-broken-\d{8}-\d{6}\.json$/);
  assert.match(state.notice, /could not be read, so DealDojo started fresh\. The old file is kept as progress-broken-/);
  assert.match(state.notice, /The problem: the file is not valid JSON/);
  assert.equal(state.notice_sticky, true);
  const kept = await app.page.evaluate((name) => window.Module.FS.readFile('/userdata/' + name, { encoding: 'utf8' }),
    state.progress.moved_to);
  assert.equal(kept, garbage);
  await app.page.waitForTimeout(6500);  // longer than a passing notice lasts
  await app.nextFrames(2);
  assert.match((await app.state()).notice, /could not be read/);
  await app.click('notice/dismiss');
  assert.equal((await app.state()).notice, undefined);
});
