// Every screen on a phone, at normal and at 150% text: each named widget lies
// inside the screen's width, and buttons are big enough for a finger (44 px).
// The app reports every named widget's rectangle, so this is a loop, not a
// screenshot review.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, withFailureCapture } from './harness.mjs';

const WIDTH = 390, HEIGHT = 844;
const SECTIONS = ['home', 'practice', 'mock', 'deals', 'pipeline', 'roleplay', 'assessment', 'packs', 'settings'];
const BUTTON = /(^nav\/menu$|\/start(\/|$)|\/use$|\/back$|\/check$|\/next$|\/submit$|\/replay\/|\/remove$|\/add|\/choice\/)/;

let app;
before(async () => { app = await openApp({ width: WIDTH, height: HEIGHT, hasTouch: true, isMobile: true }); });
after(async () => { if (app) await app.close(); });
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));

// The rectangles of one screen, gathered while wheeling down through it.
async function walk(section) {
  await app.click(`nav/${section}`);
  const seen = {};
  for (let i = 0; i < 6; i++) {
    Object.assign(seen, await app.widgets());
    await app.page.mouse.move(WIDTH / 2, HEIGHT / 2);
    await app.page.mouse.wheel(0, 500);
    await app.nextFrames(3);
  }
  for (let i = 0; i < 6; i++) { await app.page.mouse.wheel(0, -500); await app.nextFrames(2); }
  return seen;
}

function problems(section, rects) {
  const out = [];
  for (const [name, r] of Object.entries(rects)) {
    if (name.startsWith('notice/')) continue;
    if (r.x < -1 || r.x + r.w > WIDTH + 1) out.push(`${section}: ${name} spans x ${Math.round(r.x)}..${Math.round(r.x + r.w)}`);
    if (BUTTON.test(name) && r.h < 43.5) out.push(`${section}: ${name} is ${Math.round(r.h)} px tall`);
  }
  return out;
}

for (const scale of [100, 150]) {
  it(`every screen fits a ${WIDTH} px phone at ${scale}% text, with finger-sized buttons`, async () => {
    if (scale !== 100) {
      await app.click('nav/settings');
      await app.scrollToAndClick(`settings/text-scale/${scale}`);
      await app.nextFrames(4);
    }
    const found = [];
    for (const section of SECTIONS) found.push(...problems(section, await walk(section)));
    assert.deepEqual(found, [], found.join('\n'));
  });
}
