// Reads the default pack's question keys from disk, so browser tests can answer
// right or wrong on purpose and check the app's scoring independently.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export function loadQuestions(packId = 'sales-rep') {
  const dir = join(repo, 'content', packId, 'questions');
  const byId = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    for (const q of JSON.parse(readFileSync(join(dir, file), 'utf8')).questions) byId.set(q.id, q);
  }
  return byId;
}
