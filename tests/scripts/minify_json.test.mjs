// scripts/minify_json.mjs: only whitespace between tokens goes, everything else
// stays byte for byte (run by CTest: "scripts: minify_json").
import test from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSameValue, minifyFolder, minifyJson } from '../../scripts/minify_json.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const minified = (text) => minifyJson(Buffer.from(text, 'utf8')).toString('utf8');

test('whitespace between tokens goes, in every form', () => {
  assert.equal(minified('{\n  "a" : [ 1 ,\t2 ],\r\n  "b": { }\n}\n'), '{"a":[1,2],"b":{}}');
});

test('strings keep their spaces, escapes and characters', () => {
  const text = '{ "say": "  two  spaces, a \\"quote\\" , a tab\\t and “curly” é " }';
  assert.equal(minified(text), '{"say":"  two  spaces, a \\"quote\\" , a tab\\t and “curly” é "}');
});

test('an escaped backslash before a closing quote ends the string', () => {
  assert.equal(minified('[ "ends in \\\\" , "next one" ]'), '["ends in \\\\","next one"]');
});

test('repeated keys and numbers as written stay for the loader to judge', () => {
  assert.equal(minified('{ "id": 1.50, "id": 1e3, "n": -0 }'), '{"id":1.50,"id":1e3,"n":-0}');
});

test('bytes that are not UTF-8 and text that is not JSON keep their tokens', () => {
  const bad = Buffer.concat([Buffer.from('{ "a": "x'), Buffer.from([0xff, 0x20, 0xc3]), Buffer.from('" }')]);
  assert.deepEqual(minifyJson(bad), Buffer.concat([Buffer.from('{"a":"x'), Buffer.from([0xff, 0x20, 0xc3]), Buffer.from('"}')]));
  assert.equal(minified('{ "open": "never closed  }'), '{"open":"never closed  }');
  assert.equal(minified('{ "trailing": \\'), '{"trailing":\\');
});

test('the shipped packs: a quarter smaller, every file the same value', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dealdojo-minify-'));
  try {
    await cp(join(root, 'content'), dir, { recursive: true });
    const { before, after } = await minifyFolder(dir);
    assert.ok(after < before * 0.8, `${before} -> ${after} bytes`);
    const pack = 'sales-rep/questions/planning.json';
    const original = JSON.parse(await readFile(join(root, 'content', pack), 'utf8'));
    assert.deepEqual(JSON.parse(await readFile(join(dir, pack), 'utf8')), original);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a pass that changed a value stops the build, naming the file', async () => {
  assert.throws(() => checkSameValue('{"a": " b "}', '{"a":"b"}', 'questions/x.json'),
    /questions\/x\.json: minifying changed its content/);
  assert.doesNotThrow(() => checkSameValue('{ "a": " b " }', '{"a":" b "}', 'questions/x.json'));
  const dir = await mkdtemp(join(tmpdir(), 'dealdojo-minify-'));
  try {
    await writeFile(join(dir, 'small.json'), '{ "a": " b " }');
    assert.deepEqual(await minifyFolder(dir), { before: 14, after: 11 });
    assert.equal(await readFile(join(dir, 'small.json'), 'utf8'), '{"a":" b "}');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
