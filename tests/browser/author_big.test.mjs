// A big draft in the trainer studio: a 2,100-question pack opened from a file is
// saved as draft.json plus question files (only the changed file is rewritten on an
// edit), and after a reload it is all there, the edit included.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, withFailureCapture } from './harness.mjs';

const kQuestions = 2100;

function bigPack() {
  const questions = Array.from({ length: kQuestions }, (_, i) => ({
    id: `q-${i}`, domain: 'general', subtopic: 'general', kind: 'single', choose: 1,
    stem: `Question number ${i} about a customer?`,
    options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Option ${id} of ${i}`, why: `Why ${id}.` })),
    correct: [['a', 'b', 'c', 'd'][i % 4]], explanation: 'Because.', source: 'Notes', difficulty: 'easy',
  }));
  return {
    format: 1, id: 'big-draft', title: 'Big draft', version: '1.0.0', locale: 'en-GB', authors: ['DealDojo'],
    licence: 'CC-BY-4.0',
    blueprint: { questions: 20, minutes: 30, pass_percent: 70, domains: [{ id: 'general', name: 'General', weight: 100 }] },
    questions,
  };
}

let app;
let profile;
let folder;
before(async () => {
  profile = await mkdtemp(join(tmpdir(), 'dealdojo-author-big-'));
  folder = await mkdtemp(join(tmpdir(), 'dealdojo-author-big-file-'));
  app = await openApp({ profileDir: profile, width: 1280, height: 900 });
});
after(async () => {
  if (app) await app.close();
  await rm(profile, { recursive: true, force: true });
  await rm(folder, { recursive: true, force: true });
});
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));
const author = async () => (await app.state()).screen_state;
// The studio folder's files ([] until the first save makes it).
const listStudio = () => {
  try { return Module.FS.readdir('/userdata/studio').filter((f) => !f.startsWith('.')).sort(); } catch { return []; }
};
const studioFiles = () => app.page.evaluate(listStudio);

it('opens a 2,100-question pack from a file and saves it in question files', async () => {
  const file = join(folder, 'big-draft.json');
  await writeFile(file, JSON.stringify(bigPack()));
  await app.click('nav/author');
  const chooser = app.page.waitForEvent('filechooser');
  await app.click('author/open');
  await (await chooser).setFiles(file);
  await app.page.waitForFunction((n) => window.dealdojo.state().screen_state.questions?.count === n, kQuestions,
    { timeout: 30000 });
  const s = await author();
  assert.equal(s.check.on_demand, true, 'a draft this big is checked when asked');
  await app.page.waitForFunction(`(${listStudio})().some((f) => f.startsWith('questions-'))`, null, { timeout: 10000 });
  const files = await studioFiles();
  assert.equal(files.filter((f) => f.startsWith('questions-')).length, 5, files.join(', '));
  assert.ok(files.includes('draft.json'));
});

it('an edit rewrites only its question file', async () => {
  const before = await studioFiles();
  await app.click('author/q/field/stem');
  await app.press('End');
  await app.type(' zebra');
  await app.click('author/q/field/id');  // the stem's edit ends
  await app.page.waitForTimeout(1200);   // the save follows a pause
  await app.nextFrames(3);
  const after = await studioFiles();
  const added = after.filter((f) => !before.includes(f));
  const removed = before.filter((f) => !after.includes(f));
  assert.equal(added.length, 1, `new files: ${added.join(', ')}`);
  assert.match(added[0], /^questions-\d+-0\.json$/);
  assert.equal(removed.length, 1, `removed: ${removed.join(', ')}`);
  assert.match(removed[0], /^questions-\d+-0\.json$/);
});

it('is all there after a reload, the edit included', async () => {
  await app.load();
  await app.click('nav/author');
  await app.page.waitForFunction((n) => window.dealdojo.state().screen_state.questions?.count === n, kQuestions,
    { timeout: 30000 });
  await app.click('author/q/search');
  await app.type('zebra');
  const s = await author();
  assert.equal(s.questions.shown_count, 1);
  assert.deepEqual(s.questions.shown, ['q-0']);
});
