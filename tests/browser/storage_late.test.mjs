// When IndexedDB answers late (after the packs have arrived), the app does not wait
// for it to read the studied pack: every learner has it. A new learner's Home comes
// on the frame the storage answers and the other built-in pack a frame later; for a
// returning learner the other packs are read in the frame that takes up the saved
// state, before it (it may name any pack), and nothing saved is lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, withFailureCapture } from './harness.mjs';
import { loadQuestions } from './pack_keys.mjs';

const questions = loadQuestions();

// Long enough that the packs are in before the page learns whether anything was saved.
const STORAGE_DELAY_MS = 3000;
const slowStorage = (page) => page.addInitScript((delay) => {
  // Asked at once (before the page opens the learner's database), answered late.
  const list = indexedDB.databases.bind(indexedDB);
  indexedDB.databases = () => {
    const answer = list();
    return new Promise((resolve, reject) => setTimeout(() => answer.then(resolve, reject), delay));
  };
}, STORAGE_DELAY_MS);

let app;
let profile;
before(async () => {
  profile = await mkdtemp(join(tmpdir(), 'dealdojo-storage-late-'));
  app = await openApp({ profileDir: profile, beforeLoad: slowStorage });
});
after(async () => {
  if (app) await app.close();
  await rm(profile, { recursive: true, force: true });
});
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));

const mark = (name) => app.page.evaluate((n) => window.dealdojo.marks[n], name);

it('a new learner: the studied pack before the storage answers, Home when it does, the other pack after', async () => {
  const phases = await app.loadPhases();
  const said = JSON.stringify(phases);
  assert.deepEqual(phases.map((p) => p.phase),
    ['the studied pack: read and check', 'user packs and progress: load', 'the other built-in packs: read and check'], said);
  assert.equal(phases[0].frame, await app.firstFrameWithPacks(), said);
  assert.ok(phases[1].frame > phases[0].frame, said);
  assert.equal(phases[2].frame, phases[1].frame + 1, said);
  const answered = await mark('saved data none');
  assert.ok(phases[0].endedAt < answered, `the studied pack waited for the storage (${answered}): ${said}`);
  const homeAt = await app.page.evaluate(() => window.dealdojo.loadedAt);
  assert.ok(homeAt >= phases[1].endedAt && homeAt < phases[2].endedAt, `Home at ${homeAt}: ${said}`);

  // Something to come back to: one practice answer, saved.
  await app.click('nav/practice');
  await app.click('practice/start');
  const question = (await app.state()).screen_state.question;
  const key = questions.get(question.id).correct;
  for (const option of question.options.filter((o) => key.includes(o.id))) await app.press(String(option.position));
  await app.press('Enter');
  await app.page.waitForFunction(() => {
    const p = window.dealdojo.state().progress;
    return p.answers === 1 && !p.unsaved;
  });
  await app.page.waitForTimeout(500);  // IndexedDB stores what IDBFS handed it
});

it('a returning learner: the other packs are read with the saved state, before it is taken up', async () => {
  await app.load();
  await app.page.waitForFunction(() => window.dealdojo.state().progress.loaded === true);
  const phases = await app.loadPhases();
  const said = JSON.stringify(phases);
  assert.deepEqual(phases.map((p) => p.phase),
    ['the studied pack: read and check', 'the other built-in packs: read and check', 'user packs and progress: load'], said);
  // (After a reload the packs come from the service worker's cache, a few frames in.)
  assert.ok(phases[0].frame < phases[1].frame, said);
  assert.equal(phases[1].frame, phases[2].frame, said);
  assert.ok(phases[0].endedAt < (await mark('saved data read')), said);
  const progress = (await app.state()).progress;
  assert.equal(progress.status, 'loaded');
  assert.equal(progress.answers, 1);
});
