// The default packs arrive as a package of their own (dealdojo_content.data and its
// index, dealdojo_content.json), written into the app's file system by the page.
// When they cannot be had, the app still starts, says why, and keeps working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';

// Opens the app with one of the package's files answered by `fulfil` instead.
async function openWith(file, fulfil) {
  return openApp({ beforeLoad: (page) => page.route(`**/${file}`, (route) => route.fulfill(fulfil)) });
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
