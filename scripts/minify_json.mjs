// Rewrites the JSON files under a folder without the whitespace between tokens, for
// the web build's copy of the default packs (cmake/assets.cmake): the packs' JSON is
// indented for people, and a quarter of its bytes were spaces the browser downloaded,
// held and wrote into the app's file system before Home could show anything.
// Only whitespace outside strings goes: keys, their order, repeated keys, numbers as
// written and escapes stay byte for byte, so the app's loader sees the same pack
// (and reports the same problems, but for line numbers).
// Usage: node scripts/minify_json.mjs FOLDER
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const isWhitespace = (byte) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

// The bytes of a JSON text without its insignificant whitespace. Bytes are scanned,
// not characters: quotes, backslashes and whitespace are ASCII, which no byte of a
// longer UTF-8 sequence is, so text that is not valid UTF-8 (or not JSON) keeps its
// tokens as they were and the loader reports the same problem it would have.
export function minifyJson(bytes) {
  const out = Buffer.allocUnsafe(bytes.length);
  let length = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === 0x5c && i + 1 < bytes.length) {  // a backslash and the byte it escapes
        out[length++] = byte;
        out[length++] = bytes[++i];
        continue;
      }
      if (byte === 0x22) inString = false;
    } else if (byte === 0x22) {
      inString = true;
    } else if (isWhitespace(byte)) {
      continue;
    }
    out[length++] = byte;
  }
  return out.subarray(0, length);
}

// Same values after parsing, or an error naming the file: a build that changed a pack's
// content by accident must stop, not ship it.
export function checkSameValue(before, after, name) {
  let parsedBefore;
  try { parsedBefore = JSON.parse(before); } catch { return; }  // not JSON: the loader says why
  let same = false;
  try { same = JSON.stringify(JSON.parse(after)) === JSON.stringify(parsedBefore); } catch { /* not same */ }
  if (!same) throw new Error(`${name}: minifying changed its content (a bug in scripts/minify_json.mjs)`);
}

async function* jsonFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* jsonFiles(path);
    else if (entry.isFile() && entry.name.endsWith('.json')) yield path;
  }
}

export async function minifyFolder(dir) {
  let before = 0;
  let after = 0;
  for await (const path of jsonFiles(dir)) {
    const bytes = await readFile(path);
    const small = minifyJson(bytes);
    checkSameValue(bytes.toString('utf8'), small.toString('utf8'), path);
    before += bytes.length;
    after += small.length;
    if (small.length !== bytes.length) await writeFile(path, small);
  }
  return { before, after };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/minify_json.mjs FOLDER');
    process.exit(2);
  }
  try {
    const { before, after } = await minifyFolder(dir);
    console.log(`${dir}: JSON ${before} -> ${after} bytes`);
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
