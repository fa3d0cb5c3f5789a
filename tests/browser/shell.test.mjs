// The app shell in a real browser: loads cleanly, draws, navigates, shows packs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, withFailureCapture } from './harness.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { if (app) await app.close(); });
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));

it('loads with no console errors and draws frames', async () => {
  const errors = app.consoleLines.filter((l) => l.startsWith('[error]'));
  assert.deepEqual(errors, []);
  assert.deepEqual(app.pageErrors, []);
  const before = await app.frames();
  await app.nextFrames(3);
  assert.ok((await app.frames()) >= before + 3);
  const hidden = await app.page.evaluate(() => document.getElementById('loading').classList.contains('done'));
  assert.equal(hidden, true, 'the loading overlay is gone once the first frame is drawn');
});

it('opens on Home', async () => {
  const state = await app.state();
  assert.equal(state.screen, 'home');
});
