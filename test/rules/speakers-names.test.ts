import { describe, expect, it } from 'vitest';
import { run } from './speakers-helpers.js';

describe('names, titles and organisations', () => {
  it.each([
    ['Norwegian Foreign Minister Karl Holm met reporters in Oslo.', 'Karl Holm', ['Norwegian Foreign Minister']],
    ['The talks began after President of Estonia Maria Tamm arrived.', 'Maria Tamm', ['President of Estonia']],
    ['Yesterday Sen. Jane Roe voted against the bill.', 'Jane Roe', ['Sen.']],
    ['The letter was signed by Mr. John Smith last week.', 'John Smith', []],
    ['The speech by former Secretary of State Ann Pike drew praise.', 'Ann Pike', ['former Secretary of State']],
    ['Critics included Democratic presidential nominee Eve Stone on Friday.', 'Eve Stone', ['Democratic presidential nominee']],
    ['A statement came from Kremlin spokesman Ivan Orlov on Monday.', 'Ivan Orlov', ['Kremlin spokesman']],
    ['The call with Gov. Tom Reed ended early.', 'Tom Reed', ['Gov.']],
    ['Dr. Lena Park joined the panel.', 'Lena Park', ['Dr.']],
    ['The bill from Vermont Sen. Jane Roe failed.', 'Jane Roe', ['Vermont Sen.']],
    ['A letter from retired U.S. Air Force Gen. Tom Hale arrived.', 'Tom Hale', ['retired U.S. Air Force Gen.']],
    ['He met U.S. Attorney General Ann Fox.', 'Ann Fox', ['U.S. Attorney General']],
    // a region below the country level after a role's "of" is part of the title
    ['The order came from Governor of Texas Greg Abbott on Monday.', 'Greg Abbott', ['Governor of Texas']],
    ['He met Attorney General of New York Ann Fox.', 'Ann Fox', ['Attorney General of New York']],
    // a title read that stops at a link is no title of the name after it (the name never starts with "of")
    ['Supporters of Hillary Clinton cheered on Monday.', 'Hillary Clinton', []],
    ['The ruling angered Attorneys for Jane Roe on Monday.', 'Jane Roe', []],
    // a plural role before a link is no one person's title: the name after the link keeps only its own
    ['Attorneys for Mayor Ana Ruiz spoke on Monday.', 'Ana Ruiz', ['Mayor']],
    ['Aides to Senator Tom Lee spoke on Monday.', 'Tom Lee', ['Senator']],
    // a capitalised hyphenated adjective is no name word; a hyphenated given name is
    ['Texas-based strategist Matt Mackowiak spoke on Monday.', 'Matt Mackowiak', ['strategist']],
    ['The Oscar-winner Susan Sarandon spoke on Monday.', 'Susan Sarandon', []],
    ['Co-anchor Norah Hale asked the question.', 'Norah Hale', []],
    ['The letter came from Ban Ki-moon on Monday.', 'Ban Ki-moon', []],
  ])('%s -> %s with titles %j', (text, name, titles) => {
    const { index } = run(text);
    const person = index.entities.find((e) => e.name === name);
    expect(person, JSON.stringify(index.entities.map((e) => e.name))).toBeDefined();
    expect(person?.kind).toBe('person');
    expect(person?.titles).toEqual(titles);
    const m = person?.mentions[0];
    expect(m && text.slice(m.start, m.end)).toBe(name);
  });

  it.each([
    ['The New York Post reported the story first.', 'the New York Post'],
    ['A spokesman said the State Department would respond.', 'the State Department'],
    ['Reporters gathered outside the White House on Sunday.', 'the White House'],
    ['Officials at the Kremlin declined to comment.', 'the Kremlin'],
    ['The NAACP issued a statement.', 'the NAACP'],
  ])('%s -> organisation %s', (text, name) => {
    const { index } = run(text);
    const org = index.entities.find((e) => e.name === name);
    expect(org, JSON.stringify(index.entities.map((e) => e.name))).toBeDefined();
    expect(org?.kind).toBe('organization');
  });

  it.each([
    'The Great Patriotic War ended in 1945.',
    'They met in Oslo and then flew to Bergen.',
    'The delegation visited the Nakhchivan Autonomous Republic.',
    'Canada and France issued statements.',
    'Election Night Winners And Losers Across The Country Tonight\n\nNothing else happened here.',
    'Budget Talks Stall as Senate Leaders Trade Blame Over Delay to the Vote\n\nNothing else happened here.',
    'However, nothing was decided.',
    'The Norwegian leader did not attend.',
    'On Friday the weather was fine.',
    '',
    '   \n\n ',
  ])('finds no entity in %j', (text) => {
    expect(run(text).index.entities).toEqual([]);
  });

  it('keeps bare modifiers out of names and titles ("Top Clinton aide", "presidential Lund rally")', () => {
    const { index } = run('Eva Lund spoke. A top Lund aide and a presidential Lund rally followed; Top Lund aides agreed.');
    expect(index.entities.map((e) => [e.name, e.aliases, e.titles])).toEqual([['Eva Lund', ['Lund'], []]]);
  });

  it('reads dotted abbreviations as one word, not as names', () => {
    const { index } = run('The U.S. Democratic leader flew to Washington, D.C. on Monday.');
    expect(index.entities).toEqual([]);
  });

  it('does not glue a trailing weekday or preposition into a name', () => {
    const { index } = run('The deal was approved by Anna Berg on May 3 and signed in Stockholm on Friday by Karl Holm Friday.');
    expect(index.entities.map((e) => e.name)).toEqual(['Anna Berg']);
  });

  it('splits a newspaper from the name that follows it', () => {
    const { index } = run('In a Washington Post Karl Holm interview, the minister spoke.');
    expect(index.entities.map((e) => [e.name, e.kind])).toEqual([
      ['Washington Post', 'organization'],
      ['Karl Holm', 'person'],
    ]);
  });
});
