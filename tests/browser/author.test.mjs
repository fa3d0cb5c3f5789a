// The trainer studio (Author) in a real browser: a pack built from nothing through
// the UI — questions, a glossary term, a role-play script — with a located error
// seen and fixed, a question previewed and answered, the scenario played to an
// ending from its map, everything still there after a reload, exported as a file
// that `dojo validate` passes, then studied.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, withFailureCapture } from './harness.mjs';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const dojo = process.env.DEALDOJO_DOJO || join(repo, 'build/native/dojo');

let app;
let profile;
before(async () => {
  profile = await mkdtemp(join(tmpdir(), 'dealdojo-author-'));
  app = await openApp({ profileDir: profile, width: 1280, height: 900 });
});
after(async () => {
  if (app) await app.close();
  await rm(profile, { recursive: true, force: true });
});
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));
const author = async () => (await app.state()).screen_state;
// The whole-draft check runs once typing pauses; wait for it to catch up.
async function checked() {
  await app.page.waitForFunction(() => {
    const s = window.dealdojo.state().screen_state;
    return s.check && s.check.fresh;
  }, null, { timeout: 10000 });
  return author();
}

it('starts a new exam pack from the template', async () => {
  await app.click('nav/author');
  assert.equal((await author()).has_draft, false);
  await app.click('author/new-exam');
  const s = await checked();
  assert.equal(s.has_draft, true);
  assert.equal(s.tab, 'questions');
  assert.equal(s.questions.count, 1);
  assert.equal(s.check.errors, 0, JSON.stringify(s.check.diagnostics));
  assert.equal(s.can_undo, false);
});

it('adds a question, sees the loader\'s error on the field, and fixes it', async () => {
  await app.click('author/q/add');
  let s = await checked();
  assert.equal(s.questions.count, 2);
  assert.equal(s.questions.selected, 1);
  const stemProblem = s.questions.problems.find((p) => p.pointer === '/pack/questions/1/stem');
  assert.ok(stemProblem, JSON.stringify(s.questions.problems));
  assert.equal(stemProblem.severity, 'error');
  assert.ok(s.check.diagnostics.some((d) => d.pointer === '/pack/questions/1/stem'), 'the whole-draft check agrees');

  await app.fill('author/q/field/stem', 'Asked for a discount early, what first?');
  const texts = [  // short: each character is typed as a person would, a frame at a time
    ['Agree its worth', 'Value first.'],
    ['A discount', 'Price first.'],
  ];
  for (let i = 0; i < texts.length; i++) {
    await app.scrollTo(`author/q/option/${i}/text`);
    await app.fill(`author/q/option/${i}/text`, texts[i][0]);
    await app.scrollTo(`author/q/option/${i}/why`);
    await app.fill(`author/q/option/${i}/why`, texts[i][1]);
  }
  for (const option of [3, 2]) {  // two options are enough: the empty ones go
    await app.scrollTo(`author/q/option/${option}/remove`);
    await app.click(`author/q/option/${option}/remove`);
  }
  await app.scrollTo('author/q/field/explanation');
  await app.fill('author/q/field/explanation', 'Value before price.');
  await app.scrollTo('author/q/field/source');
  await app.fill('author/q/field/source', 'Team notes');
  s = await checked();
  assert.deepEqual(s.questions.problems.filter((p) => p.severity === 'error'), []);
  assert.equal(s.check.errors, 0, JSON.stringify(s.check.diagnostics));
  assert.equal(s.can_undo, true);
});

it('undoes and redoes a whole typed field with Ctrl+Z and Ctrl+Shift+Z', async () => {
  await app.reveal('author/q/field/source');
  await app.fill('author/q/field/source', 'Typed by mistake');
  await app.click('author/q/field/explanation');  // the source field loses focus: its edit is one step
  const typed = await checked();
  assert.ok(JSON.stringify(typed).length > 0);
  await app.page.keyboard.press('Control+z');
  await app.nextFrames(3);
  let s = await checked();
  assert.equal(s.can_redo, true);
  assert.ok(!JSON.stringify(s).includes('Typed by mistake'), 'undo took the whole typed text back');
  await app.page.keyboard.press('Control+Shift+z');
  await app.nextFrames(3);
  s = await checked();
  assert.equal(s.can_redo, false);
  await app.page.keyboard.press('Control+z');
  await app.nextFrames(3);
  assert.equal((await checked()).can_redo, true);
});

it('previews the question and answers it as Practice does, without recording it', async () => {
  await app.reveal('author/q/preview');
  await app.click('author/q/preview');
  let s = await author();
  assert.equal(s.questions.preview, true);
  const question = s.questions.preview_attempt.question;
  assert.match(question.stem, /discount early/);
  const right = question.options.findIndex((o) => o.text === 'Agree its worth');
  assert.ok(right >= 0, JSON.stringify(question.options));
  await app.click(`author/preview/option/${right + 1}`);
  await app.click('author/preview/check');
  s = await author();
  assert.equal(s.questions.preview_attempt.question.checked, true);
  assert.equal(s.questions.preview_attempt.question.right, true);
  await app.click('author/q/preview-back');
  assert.equal((await author()).questions.preview, false);
});

it('adds a glossary term', async () => {
  await app.reveal('author/tab/glossary');
  await app.click('author/tab/glossary');
  await app.click('author/g/add');
  await app.fill('author/g/field/id', 'value-first');
  await app.fill('author/g/field/term', 'Value first');
  await app.fill('author/g/field/definition', 'Worth before price.');
  const s = await checked();
  assert.equal(s.glossary.count, 2);
  assert.equal(s.check.errors, 0, JSON.stringify(s.check.diagnostics));
});

it('writes a role-play as a script and plays it to an ending from the map', async () => {
  await app.reveal('author/tab/roleplay');
  await app.click('author/tab/roleplay');
  await app.click('author/roleplay/new-script');
  await app.page.waitForFunction(() => {
    const r = window.dealdojo.state().screen_state.roleplay;
    const script = r && r.scripts[r.selected];
    return script && script.compiled && script.errors === 0 && r.map && r.map.nodes.length > 0;
  }, null, { timeout: 10000 });
  await app.click('author/roleplay/node/decide');
  await app.click('author/roleplay/play');
  let preview = (await author()).roleplay.preview;
  assert.equal(preview.running, true);
  assert.equal(preview.node, 'decide');
  await app.click('roleplay/choice/1');  // the first line as written: ask plainly for the decision
  preview = (await author()).roleplay.preview;
  assert.equal(preview.finished, true);
  assert.equal(preview.ending, 'committed');
  await app.click('author/roleplay/back');
  assert.equal((await author()).roleplay.preview.running, false);
  const s = await checked();
  assert.equal(s.check.errors, 0, JSON.stringify(s.check.diagnostics));
});

it('keeps everything after a reload', async () => {
  await app.nextFrames(30);  // the autosave follows the last change
  await app.page.waitForTimeout(800);
  await app.load();
  await app.click('nav/author');
  const s = await checked();
  assert.equal(s.has_draft, true);
  assert.equal(s.questions.count, 2);
  assert.equal(s.glossary.count, 2);
  assert.equal(s.roleplay.scripts.length, 1);
  assert.equal(s.check.errors, 0, JSON.stringify(s.check.diagnostics));
});

it('exports a file that dojo validate passes, then studies the pack', async () => {
  await app.reveal('author/export');
  const download = app.page.waitForEvent('download');
  await app.click('author/export');
  const file = join(profile, 'exported.json');
  await (await download).saveAs(file);
  const packId = (await author()).pack_id;
  execFileSync(dojo, ['validate', file]);  // throws on a non-zero exit

  await app.click('author/study');
  const state = await app.state();
  assert.equal(state.screen, 'home');
  assert.equal(state.screen_state.pack.id, packId);
  assert.equal(state.screen_state.pack.questions, 2);
  await app.click('nav/roleplay');
  const scenarios = (await app.state()).screen_state.scenarios.map((x) => x.id);
  assert.deepEqual(scenarios, ['new-scenario']);
});
