// The default packs arrive as a package of their own (dealdojo_content.data and its
// index, dealdojo_content.json), written into the app's file system by the page;
// main() waits for them briefly (web/dealdojo_page.js), and the first frame comes
// without them when they are late. When they cannot be had, the app still starts,
// says why, and keeps working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';

// Opens the app with one of the package's files answered by `fulfil` instead.
async function openWith(file, fulfil) {
  return openApp({ beforeLoad: (page) => page.route(`**/${file}`, (route) => route.fulfill(fulfil)) });
}

// Opens the app with `file`'s response held until `until` is true in the page.
async function openHolding(file, until) {
  return openApp({
    beforeLoad: (page) => page.route(`**/${file}`, async (route) => {
      const response = await route.fetch();
      await page.waitForFunction(until, null, { timeout: 30000 });
      await route.fulfill({ response });
    }),
  });
}

async function builtInPacks(app) {
  await app.click('nav/packs');
  return (await app.state()).screen_state.packs.filter((pack) => pack.built_in).map((pack) => pack.id);
}

test('the default packs are written into the file system and read', async () => {
  const app = await openApp();
  try {
    const marks = await app.page.evaluate(() => window.dealdojo.marks);
    assert.ok(marks['packs in the file system'] >= marks['packs downloaded']);
    assert.deepEqual((await builtInPacks(app)).sort(), ['manufacturing', 'sales-rep']);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('packs that have come are written in the first frame\'s task, and read on the next frame', async () => {
  // The wasm held until the packs have come, so they are there whatever the machine's pace.
  const app = await openHolding('dealdojo.wasm',
    () => window.dealdojo && window.dealdojo.marks['packs downloaded'] !== undefined);
  try {
    const marks = await app.page.evaluate(() => window.dealdojo.marks);
    // Written after the first frame is drawn (it needs no packs), before a second one.
    assert.ok(marks['first frame drawn'] <= marks['packs in the file system'], JSON.stringify(marks));
    assert.equal(await app.page.evaluate(() => window.dealdojo.framesBeforePacks), 1);
    const phases = await app.loadPhases();
    assert.equal(phases[0].frame, 1, JSON.stringify(phases));
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('main() waits briefly for packs still downloading when the wasm is ready', async () => {
  // The packs held until the wasm is instantiated: main() waits for them (100 ms at most).
  const app = await openHolding('dealdojo_content.data',
    () => window.dealdojo && window.dealdojo.marks['wasm instantiated'] !== undefined);
  try {
    const marks = await app.page.evaluate(() => window.dealdojo.marks);
    const waited = marks['main() stops waiting for the packs'] - marks['wasm instantiated'];
    // A machine too busy to answer within the bound has main() start without them.
    assert.ok(marks['packs downloaded'] <= marks.main || waited >= 100, JSON.stringify(marks));
    assert.ok(marks.main >= marks['main() stops waiting for the packs'], JSON.stringify(marks));
    assert.deepEqual((await builtInPacks(app)).sort(), ['manufacturing', 'sales-rep']);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('packs that are late do not hold up the first frame: it comes without them, Home follows', async () => {
  // The packs held until the first frame is drawn: were main() to wait for them, it never would.
  const app = await openHolding('dealdojo_content.data',
    () => window.dealdojo && window.dealdojo.firstFrameAt !== null);
  try {
    const seen = await app.page.evaluate(() => ({ marks: window.dealdojo.marks, framesBeforePacks: window.dealdojo.framesBeforePacks }));
    assert.ok(seen.marks['first frame drawn'] < seen.marks['packs in the file system'], JSON.stringify(seen.marks));
    assert.ok(seen.framesBeforePacks >= 1, JSON.stringify(seen));
    assert.deepEqual((await builtInPacks(app)).sort(), ['manufacturing', 'sales-rep']);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('a failed download of the packs is said in a notice that stays; the app runs without them', async () => {
  const app = await openWith('dealdojo_content.data', { status: 404, body: 'not here' });
  try {
    const { notice } = await app.state();
    assert.match(notice, /built-in packs could not be downloaded \(dealdojo_content\.data: HTTP 404\)/);
    assert.match(notice, /Reload the page to try again/);
    assert.deepEqual(await builtInPacks(app), []);
    assert.match((await app.state()).notice, /could not be downloaded/, 'the notice is still there on another screen');
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('an index from another build than the data is caught, not written as garbage', async () => {
  const index = { files: [{ filename: '/content/sales-rep/pack.json', start: 0, end: 50_000_000 }] };
  const app = await openWith('dealdojo_content.json', { status: 200, contentType: 'application/json', body: JSON.stringify(index) });
  try {
    const { notice } = await app.state();
    assert.match(notice, /dealdojo_content\.json: \/content\/sales-rep\/pack\.json lies outside dealdojo_content\.data/);
    assert.match(notice, /different builds/);
    assert.deepEqual(await builtInPacks(app), []);
  } finally {
    await app.close();
  }
});

test('an index that is not JSON (a server error page) is said so', async () => {
  const app = await openWith('dealdojo_content.json', { status: 200, contentType: 'text/html', body: '<html>Sign in</html>' });
  try {
    assert.match((await app.state()).notice, /built-in packs could not be downloaded \(dealdojo_content\.json is not JSON/);
    assert.deepEqual(await builtInPacks(app), []);
  } finally {
    await app.close();
  }
});
