import { readFileSync } from 'node:fs';
import { parseArticle } from '../index.js';

const [, , cmd, file] = process.argv;
if (cmd === 'parse' && file) {
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  console.log(JSON.stringify(parseArticle(text), null, 2));
}
