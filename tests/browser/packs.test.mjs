// Packs in a real browser: add a pack with the file picker and see it listed,
// study it, see a broken pack refused with its problems, and find the added pack
// still there after a reload (IndexedDB).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, withFailureCapture } from './harness.mjs';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const teamPack = join(repo, 'tests/data/packs/team-pack.json');
const brokenPack = join(repo, 'tests/data/hostile/choose-mismatch.json');
const giveawayPack = join(repo, 'tests/data/cue-lint/giveaway.json');

let app;
let profile;
before(async () => {
  profile = await mkdtemp(join(tmpdir(), 'dealdojo-packs-'));
  app = await openApp({ profileDir: profile });
});
after(async () => {
  if (app) await app.close();
  await rm(profile, { recursive: true, force: true });
});
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));
const packs = async () => (await app.state()).screen_state.packs;

async function addWithPicker(file) {
  const chooser = app.page.waitForEvent('filechooser');
  await app.click('packs/add-file');
  await (await chooser).setFiles(file);
  await app.nextFrames(4);
}

it('lists the built-in pack as loaded', async () => {
  await app.click('nav/packs');
  await app.page.waitForFunction(() => window.dealdojo.state().screen_state.can_pick_files === true);
  const list = await packs();
  const builtIn = list.find((p) => p.id === 'sales-rep');
  assert.ok(builtIn, JSON.stringify(list));
  assert.equal(builtIn.usable, true);
  assert.equal(builtIn.built_in, true);
  assert.equal(builtIn.active, true);
});

it('shows each pack\'s question cue check: the shipped pack passes every rule', async () => {
  const builtIn = (await packs()).find((p) => p.id === 'sales-rep');
  assert.equal(builtIn.cue_lint.failing, 0, JSON.stringify(builtIn.cue_lint));
  assert.deepEqual(builtIn.cue_lint.findings.map((f) => f.rule),
    ['longest-key', 'shortest-key', 'key-position', 'absolute-words', 'guide-stems', 'near-duplicate-stems',
      'uneven-options']);
  await app.click('packs/sales-rep/cues');  // opens the section
  assert.ok(await app.widget('packs/sales-rep/cues'), 'the cue check header is drawn');
  await app.click('packs/sales-rep/cues');  // and folds it again, so the list below stays in view
});

it('adds a pack through the file picker and lists it', async () => {
  await addWithPicker(teamPack);
  await app.page.waitForFunction(() =>
    window.dealdojo.state().screen_state.packs.some((p) => p.id === 'team-pack'));
  const added = (await packs()).find((p) => p.id === 'team-pack');
  assert.equal(added.usable, true);
  assert.equal(added.built_in, false);
  assert.equal(added.errors, 0);
  assert.match((await app.state()).notice, /Added the pack 'Team onboarding pack'/);
});

it('studies the added pack: Home shows it', async () => {
  await app.click('packs/team-pack/use');
  assert.equal((await packs()).find((p) => p.id === 'team-pack').active, true);
  await app.click('nav/home');
  const home = (await app.state()).screen_state;
  assert.equal(home.pack.id, 'team-pack');
  assert.equal(home.pack.questions, 2);
  await app.click('nav/packs');
  await app.click('packs/sales-rep/use');
});

it('refuses a broken pack with its problems and keeps the good ones', async () => {
  await addWithPicker(brokenPack);
  await app.page.waitForFunction(() =>
    window.dealdojo.state().screen_state.packs.some((p) => p.source === 'choose-mismatch.json'));
  const list = await packs();
  const broken = list.find((p) => p.source === 'choose-mismatch.json');
  assert.equal(broken.usable, false);
  assert.ok(broken.errors >= 1);
  assert.ok(broken.problems.some((m) => m.includes('/questions/0/choose')), broken.problems.join('\n'));
  assert.ok(list.find((p) => p.id === 'team-pack').usable);
  assert.ok(list.find((p) => p.id === 'sales-rep').active);
  assert.match((await app.state()).notice, /could not be added/);
});

it('keeps an added pack after a reload, and removes it', async () => {
  await app.page.waitForTimeout(500);  // let IndexedDB finish writing
  await app.load();
  await app.click('nav/packs');
  await app.page.waitForFunction(() =>
    window.dealdojo.state().screen_state.packs.some((p) => p.id === 'team-pack'));
  assert.equal((await packs()).some((p) => p.source === 'choose-mismatch.json'), false, 'broken packs are not kept');
  await app.click('packs/team-pack/remove');
  assert.equal((await packs()).some((p) => p.id === 'team-pack'), false);
  await app.page.waitForTimeout(500);
  await app.load();
  await app.click('nav/packs');
  await app.nextFrames(5);
  assert.equal((await packs()).some((p) => p.id === 'team-pack'), false, 'removal survives a reload');
});

it('a pack whose options give the answers away loads, with the rules to fix and the question ids', async () => {
  await addWithPicker(giveawayPack);
  await app.page.waitForFunction(() =>
    window.dealdojo.state().screen_state.packs.some((p) => p.id === 'giveaway'));
  const giveaway = (await packs()).find((p) => p.id === 'giveaway');
  assert.equal(giveaway.usable, true);
  assert.equal(giveaway.cue_lint.failing, 4);
  const longest = giveaway.cue_lint.findings.find((f) => f.rule === 'longest-key');
  assert.equal(longest.fails, true);
  assert.deepEqual(longest.questions, ['giveaway-1', 'giveaway-2', 'giveaway-3', 'giveaway-4']);
  await app.scrollTo('packs/giveaway/cues');
});
