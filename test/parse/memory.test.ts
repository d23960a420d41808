import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';

// A collector we can call: --expose-gc set at run time, then `gc` taken from a fresh context.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const heapAfterGc = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

/** A text of about 200,000 characters with long lower-case words found in no other text. */
function distinctText(i: number): string {
  const line = `The council said on Tuesday that the extraordinarily complicated reconstruction would continue. notwithstandingness${i}abcdefgh interconnectedness${i}xyz said Lee. `;
  return line.repeat(Math.ceil(200_000 / line.length));
}

describe('parseArticle: memory', () => {
  it('keeps nothing of the texts it has parsed (module-level caches hold copies, not views into the text)', () => {
    // warm-up: buffers reused from call to call reach their size here
    parseArticle(distinctText(-1), { publishedAt: '2024-01-01' });
    const before = heapAfterGc();
    const n = 30;
    let chars = 0;
    for (let i = 0; i < n; i++) {
      const text = distinctText(i);
      chars += text.length;
      parseArticle(text, { publishedAt: '2024-01-01' });
    }
    const grown = heapAfterGc() - before;
    // 30 texts of 200,000 one-byte characters are 6 MB: keeping each would grow the heap by at least that much
    expect(chars).toBeGreaterThan(5_900_000);
    expect(grown).toBeLessThan(3_000_000);
  });
});
