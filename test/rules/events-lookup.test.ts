// The trigger scan looks a word up by its first two letters and its length, then compares it unit by unit: any
// spelling of a trigger word must be found (case, text around it), and words that only begin like one must not.
import { describe, expect, it } from 'vitest';
import { runEvents } from './events-helpers.js';

const found: [string, string, string, string][] = [
  ['upper case', 'President Mara Vance MET King Harald Olsen in Oslo.', 'meeting', 'MET'],
  ['capitalised', 'President Mara Vance Met King Harald Olsen in Oslo.', 'meeting', 'Met'],
  ['after a word with a non-ASCII letter', 'Président Mara Vance met King Harald Olsen in Oslo.', 'meeting', 'met'],
  ['a two-word trigger in upper case', 'On 3 March, an accord WAS SIGNED in Tallinn.', 'signing', 'WAS SIGNED'],
  ['a trigger that starts with a number', 'The city celebrated the 80th anniversary of the Liberation.', 'anniversary', '80th anniversary of the Liberation'],
];

describe('trigger words are found in any spelling', () => {
  it.each(found)('%s', (_name, text, type, mention) => {
    const r = runEvents(text);
    expect(r.events.map((e) => e.type)).toEqual([type]);
    const start = text.indexOf(mention);
    expect(r.events[0]!.mentions).toEqual([{ start, end: start + mention.length, text: mention }]);
  });
});

const notFound: [string, string][] = [
  ['a longer word that begins like a trigger', 'The metropolitan council of Mara Vance met nobody.'],
  ['a trigger after a hyphen', 'President Mara Vance pre-met King Harald Olsen.'],
  ['a trigger followed by a non-ASCII letter', 'President Mara Vance metè King Harald Olsen.'],
  ['a word of more than 40 letters that begins like a trigger', `President Mara Vance ${'met'.padEnd(45, 'x')} King Harald Olsen.`],
  ['a hyphenated number before a trigger word', 'The city celebrated the 80th-anniversary of the Liberation.'],
];

describe('words that only look like triggers', () => {
  it.each(notFound)('%s', (_name, text) => {
    expect(runEvents(text).events).toEqual([]);
  });
});
