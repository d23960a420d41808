// Table-driven tests of the date engine, one row per date form, with a fixed reference date.
// Reference: Monday 10 May 2021.
import { describe, expect, it } from 'vitest';
import { extractDates, InvalidInputError } from '../../src/index.js';
import type { DateRef } from '../../src/index.js';

const REF = '2021-05-10';

type Row = [
  label: string,
  text: string,
  expected: { text: string; value?: string; precision: DateRef['precision']; certainty: DateRef['certainty']; partOfDay?: DateRef['partOfDay'] },
];

/** The one date found in `text`, with its span checked against its text. */
function only(text: string, publishedAt: string | null = REF): DateRef {
  const found = publishedAt === null ? extractDates(text) : extractDates(text, { publishedAt });
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const d = found[0]!;
  expect(text.slice(d.span!.start, d.span!.end)).toBe(d.text);
  return d;
}

describe('absolute dates', () => {
  it.each<Row>([
    ['day month, past tense', 'The treaty was signed on 10 November.', { text: '10 November', value: '2020-11-10', precision: 'day', certainty: 'resolved' }],
    ['day month, future tense', 'The summit will open on 10 November.', { text: '10 November', value: '2021-11-10', precision: 'day', certainty: 'resolved' }],
    ['month day year', 'The vote took place on November 10, 2020, in Geneva.', { text: 'November 10, 2020', value: '2020-11-10', precision: 'day', certainty: 'stated' }],
    ['day month year', 'It began on 3 March 2019.', { text: '3 March 2019', value: '2019-03-03', precision: 'day', certainty: 'stated' }],
    ['abbreviated month with a full stop', 'Shares fell on Nov. 10 after the report.', { text: 'Nov. 10', value: '2020-11-10', precision: 'day', certainty: 'resolved' }],
    ['abbreviated Sept.', 'The attacks of Sept. 11, 2001 changed the city.', { text: 'Sept. 11, 2001', value: '2001-09-11', precision: 'day', certainty: 'stated' }],
    ['ordinal with "of"', 'The board met on the 4th of April.', { text: '4th of April', value: '2021-04-04', precision: 'day', certainty: 'resolved' }],
    ['weekday with day and month fixes the year', 'The paper wrote on Saturday, April 25, that the court erred.', { text: 'Saturday, April 25', value: '2020-04-25', precision: 'day', certainty: 'resolved' }],
    ['month alone, past', 'Prices rose sharply in February.', { text: 'February', value: '2021-02', precision: 'month', certainty: 'resolved' }],
    ['ambiguous month after a preposition', 'He held a call with the minister on May.', { text: 'May', value: '2021-05', precision: 'month', certainty: 'resolved' }],
    ['month alone, future', 'The new law will take effect in September.', { text: 'September', value: '2021-09', precision: 'month', certainty: 'resolved' }],
    ['month and year', 'The plant closed in July 2018.', { text: 'July 2018', value: '2018-07', precision: 'month', certainty: 'stated' }],
    ['"last" month name', 'Talks stalled last December.', { text: 'last December', value: '2020-12', precision: 'month', certainty: 'resolved' }],
    ['month with "last year"', 'The port reopened in June last year.', { text: 'June last year', value: '2020-06', precision: 'month', certainty: 'resolved' }],
    ['edge modifier kept in the span', 'Elections are due in late November.', { text: 'late November', value: '2021-11', precision: 'month', certainty: 'resolved' }],
    ['year alone', 'The company was founded in 2019.', { text: '2019', value: '2019', precision: 'year', certainty: 'stated' }],
    ['fiscal year', 'Sales grew in fiscal 2020.', { text: 'fiscal 2020', value: '2020', precision: 'year', certainty: 'stated' }],
    ['ISO date', 'The filing is dated 2020-11-10 in the registry.', { text: '2020-11-10', value: '2020-11-10', precision: 'day', certainty: 'stated' }],
    ['unambiguous numeric date', 'The form was signed 25/12/2020 by both.', { text: '25/12/2020', value: '2020-12-25', precision: 'day', certainty: 'stated' }],
    ['ambiguous numeric date keeps only the year', 'The form was signed 10/11/2020 by both.', { text: '10/11/2020', value: '2020', precision: 'year', certainty: 'stated' }],
  ])('%s', (_, text, expected) => {
    const d = only(text);
    expect(d).toMatchObject(expected);
    expect(d.span!.start).toBe(text.indexOf(expected.text));
    expect(d.span!.end).toBe(text.indexOf(expected.text) + expected.text.length);
  });
});

describe('weekdays', () => {
  it.each<Row>([
    ['past weekday is the nearest one before', 'The minister resigned on Thursday.', { text: 'Thursday', value: '2021-05-06', precision: 'day', certainty: 'resolved' }],
    ['future weekday is the next one', 'The minister will resign on Thursday.', { text: 'Thursday', value: '2021-05-13', precision: 'day', certainty: 'resolved' }],
    ['future by a contraction', "She'll testify on Thursday.", { text: 'Thursday', value: '2021-05-13', precision: 'day', certainty: 'resolved' }],
    ['a clause in the past beats a future elsewhere in the sentence', 'The deal signed on Thursday, officials say, will help.', { text: 'Thursday', value: '2021-05-06', precision: 'day', certainty: 'resolved' }],
    ['no cue at all: nearest day and month', 'The offer expires Nov. 21, the company says.', { text: 'Nov. 21', value: '2020-11-21', precision: 'day', certainty: 'resolved' }],
    ['same weekday as the article, past', 'The results were published Monday.', { text: 'Monday', value: '2021-05-10', precision: 'day', certainty: 'resolved' }],
    ['"last" weekday', 'She arrived last Friday.', { text: 'last Friday', value: '2021-05-07', precision: 'day', certainty: 'resolved' }],
    ['"next" weekday', 'They meet again next Monday.', { text: 'next Monday', value: '2021-05-17', precision: 'day', certainty: 'resolved' }],
    ['a future inside a quote does not move the narrator\'s weekday', '"The bridge will reopen soon," the mayor said on Thursday.', { text: 'Thursday', value: '2021-05-06', precision: 'day', certainty: 'resolved' }],
    ['weekday with a part of the day', 'Protesters gathered Sunday morning.', { text: 'Sunday morning', value: '2021-05-09', precision: 'day', certainty: 'resolved', partOfDay: 'morning' }],
  ])('%s', (_, text, expected) => {
    const d = only(text);
    expect(d).toMatchObject(expected);
    expect(d.span!.start).toBe(text.indexOf(expected.text));
  });
});

describe('relative dates', () => {
  it.each<Row>([
    ['today', 'Today the council voted.', { text: 'Today', value: '2021-05-10', precision: 'day', certainty: 'resolved' }],
    ['yesterday', 'The council voted yesterday.', { text: 'yesterday', value: '2021-05-09', precision: 'day', certainty: 'resolved' }],
    ['tomorrow', 'The council votes tomorrow.', { text: 'tomorrow', value: '2021-05-11', precision: 'day', certainty: 'resolved' }],
    ['tonight', 'The team plays tonight.', { text: 'tonight', value: '2021-05-10', precision: 'day', certainty: 'resolved', partOfDay: 'night' }],
    ['yesterday evening', 'The fire started yesterday evening.', { text: 'yesterday evening', value: '2021-05-09', precision: 'day', certainty: 'resolved', partOfDay: 'evening' }],
    ['this morning', 'The mayor spoke this morning.', { text: 'this morning', value: '2021-05-10', precision: 'day', certainty: 'resolved', partOfDay: 'morning' }],
    ['last night', 'Storms hit the coast last night.', { text: 'last night', value: '2021-05-09', precision: 'day', certainty: 'resolved', partOfDay: 'night' }],
    ['the day before yesterday', 'They landed the day before yesterday.', { text: 'the day before yesterday', value: '2021-05-08', precision: 'day', certainty: 'resolved' }],
    ['two days ago', 'The ship left port two days ago.', { text: 'two days ago', value: '2021-05-08', precision: 'day', certainty: 'resolved' }],
    ['digits and ago', 'The ship left port 10 days ago.', { text: '10 days ago', value: '2021-04-30', precision: 'day', certainty: 'resolved' }],
    ['a year ago', 'Profits were lower a year ago.', { text: 'a year ago', value: '2020', precision: 'year', certainty: 'resolved' }],
    ['half a year ago', 'The bridge opened half a year ago.', { text: 'half a year ago', value: '2020-11', precision: 'month', certainty: 'resolved' }],
    ['three months ago', 'The law passed three months ago.', { text: 'three months ago', value: '2021-02', precision: 'month', certainty: 'resolved' }],
    ['it has been ... since', 'It has been half a year since the last visit.', { text: 'half a year', value: '2020-11', precision: 'month', certainty: 'resolved' }],
    ['last year', 'Exports fell last year.', { text: 'last year', value: '2020', precision: 'year', certainty: 'resolved' }],
    ['this year', 'Exports fell this year.', { text: 'this year', value: '2021', precision: 'year', certainty: 'resolved' }],
    ['next year', 'Exports may recover next year.', { text: 'next year', value: '2022', precision: 'year', certainty: 'resolved' }],
    ['last month', 'Inflation eased last month.', { text: 'last month', value: '2021-04', precision: 'month', certainty: 'resolved' }],
    ['next month', 'Inflation will ease next month.', { text: 'next month', value: '2021-06', precision: 'month', certainty: 'resolved' }],
    ['earlier this month', 'The fund was set up earlier this month.', { text: 'earlier this month', value: '2021-05', precision: 'month', certainty: 'resolved' }],
    ['last week (year of that week)', 'The envoy visited last week.', { text: 'last week', value: '2021', precision: 'year', certainty: 'resolved' }],
    ['this week', 'The envoy visits this week.', { text: 'this week', value: '2021', precision: 'year', certainty: 'resolved' }],
    ['the past year', 'Crime fell over the past year.', { text: 'the past year', value: '2020', precision: 'year', certainty: 'resolved' }],
    ['a quarter not yet reached, past tense: last year\'s', 'Profit rose in the third quarter.', { text: 'the third quarter', value: '2020', precision: 'year', certainty: 'resolved' }],
    ['a quarter already reached', 'Profit rose in the first quarter.', { text: 'the first quarter', value: '2021', precision: 'year', certainty: 'resolved' }],
    ['year-ago adjective', 'Sales beat the year-ago quarter.', { text: 'the year-ago quarter', value: '2020', precision: 'year', certainty: 'resolved' }],
    ['season with a shifter', 'The dam burst last summer.', { text: 'last summer', value: '2020', precision: 'year', certainty: 'resolved' }],
  ])('%s', (_, text, expected) => {
    const d = only(text);
    expect(d).toMatchObject(expected);
    expect(d.span!.start).toBe(text.indexOf(expected.text));
  });
});

describe('holidays', () => {
  it.each<[string, string, string, string]>([
    ['a fixed-date holiday, past', 'The shop was closed on Christmas Day.', 'Christmas Day', '2020-12-25'],
    ['a fixed-date holiday, future', 'They will meet again on Christmas Eve.', 'Christmas Eve', '2021-12-24'],
    ['a holiday with an apostrophe', "Crowds gathered on New Year's Eve.", "New Year's Eve", '2020-12-31'],
    ['the n-th weekday of a month, with a year', 'Sales rose over Thanksgiving 2019.', 'Thanksgiving 2019', '2019-11-28'],
    ['a holiday with "last"', 'The family last met last Thanksgiving.', 'last Thanksgiving', '2020-11-26'],
  ])('%s', (_, text, words, value) => {
    expect(only(text)).toMatchObject({ text: words, value, precision: 'day' });
  });

  it.each([['"eve" as a common noun', 'On the eve of the vote, a new day began.'], ['a lower-case holiday word', 'The christmas lights went out.']])(
    'finds nothing in %s',
    (_, text) => {
      expect(extractDates(text, { publishedAt: REF })).toEqual([]);
    },
  );
});

describe('clock times', () => {
  it.each<[string, string, string, string | undefined, DateRef['partOfDay']]>([
    ['a clock time before a weekday takes the weekday', 'The polls closed at 9 a.m. Tuesday.', '9 a.m. Tuesday', '2021-05-04', 'morning'],
    ['a clock time with a time zone before a date', 'The offer ran until 5 p.m. EST, Nov. 6, 2020.', '5 p.m. EST, Nov. 6, 2020', '2020-11-06', 'evening'],
    ['a clock time after a weekday sharpens it', 'They met on Friday at 10:30 pm.', 'Friday at 10:30 pm', '2021-05-07', 'night'],
    ['a clock time before "yesterday"', 'The market opened at 10 a.m. yesterday.', '10 a.m. yesterday', '2021-05-09', 'morning'],
    ['a bare clock time is on the article date', 'The blast came at 7:15 p.m.', '7:15 p.m.', '2021-05-10', 'evening'],
    ['a compact clock time', 'Trading resumed at 2pm.', '2pm', '2021-05-10', 'afternoon'],
  ])('%s', (_, text, words, value, partOfDay) => {
    const d = only(text);
    expect(d).toMatchObject({ text: words, value, partOfDay, precision: 'day' });
    expect(d.span!.start).toBe(text.indexOf(words));
  });

  it.each([['an impossible hour', 'It was 13 pm.'], ['impossible minutes', 'It was 12:75 pm.'], ['a number before "am" as a verb', 'I know who 2 am.']])(
    'finds no clock time in %s',
    (_, text) => {
      expect(extractDates(text, { publishedAt: REF }).filter((d) => d.via?.includes('dates/clock-time'))).toEqual([]);
    },
  );
});

describe('parts of the day and offsets from events', () => {
  it('gives a bare part of the day the date of the article when nothing nearer precedes it', () => {
    const text = 'In the morning the president flew north.';
    const d = only(text);
    expect(d).toMatchObject({ text: 'the morning', value: '2021-05-10', partOfDay: 'morning', certainty: 'resolved', span: { start: 3, end: 14 } });
  });

  it('gives a bare part of the day the date of the nearest day-precise date before it', () => {
    const text = 'The talks opened on 3 May. In the evening the delegates dined.';
    const found = extractDates(text, { publishedAt: REF });
    expect(found.map((d) => [d.text, d.value, d.partOfDay])).toEqual([
      ['3 May', '2021-05-03', undefined],
      ['the evening', '2021-05-03', 'evening'],
    ]);
  });

  it('leaves "six months after" an event without a value (the events stage resolves it)', () => {
    const text = 'Six months after the end of the war, the border reopened.';
    const d = only(text);
    expect(d).toMatchObject({ text: 'Six months after', precision: 'month', certainty: 'unresolved', span: { start: 0, end: 16 } });
    expect(d.value).toBeUndefined();
  });

  it('resolves an offset from a date written right after it', () => {
    const text = 'Two weeks after 1 March 2020 the schools closed.';
    const d = only(text);
    expect(d).toMatchObject({ text: 'Two weeks after 1 March 2020', value: '2020-03-15', precision: 'day', certainty: 'stated' });
  });
});

describe('without publishedAt', () => {
  it.each<[string, string, string, DateRef['precision']]>([
    ['yesterday', 'The council voted yesterday.', 'yesterday', 'day'],
    ['a weekday', 'The council voted on Tuesday.', 'Tuesday', 'day'],
    ['a day and month', 'The council voted on 4 March.', '4 March', 'day'],
    ['a month', 'The council voted in March.', 'March', 'month'],
    ['two days ago', 'The council voted two days ago.', 'two days ago', 'day'],
    ['last year', 'The council voted last year.', 'last year', 'year'],
  ])('keeps %s unresolved, with no value', (_, text, words, precision) => {
    const d = only(text, null);
    expect(d).toMatchObject({ text: words, precision, certainty: 'unresolved' });
    expect(d.value).toBeUndefined();
  });

  it('still gives dates written in full their value', () => {
    expect(only('The council voted on 4 March 2019.', null)).toMatchObject({ text: '4 March 2019', value: '2019-03-04', certainty: 'stated' });
  });
});

describe('things that are not dates', () => {
  it.each<[string, string]>([
    ['a count of people', 'About 10 people were hurt.'],
    ['a modal "May" at the start of a sentence', 'May I ask a question?'],
    ['the verb "march"', 'They will march on the capital.'],
    ['a capitalised "March" as a verb in a headline-like phrase', 'Workers March On Parliament'],
    ['a person named Will', 'Will Smith won the award.'],
    ['a phone number', 'Call 555-2020 or 020 7946 0958 for details.'],
    ['a score', 'The home side won 3-1 after extra time.'],
    ['a four-digit quantity', 'More than 2000 people attended.'],
    ['a four-digit quantity with a noun', 'The company cut 1500 jobs.'],
    ['money', 'The fine was $2019 in total.'],
    ['a long number', 'Reference 12345678 was filed.'],
    ['a decimal', 'The index closed at 2020.5 points.'],
    ['a plain duration', 'The war lasted two years.'],
    ['"a quarter of"', 'A quarter of the voters stayed home.'],
    ['the word "day" alone', 'It was a long day for everyone.'],
    ['lower-case month words', 'It may rain; the troops march in august company.'],
    ['an abbreviation without a full stop or a day', 'Jan said the Mar-a-Lago event was fine.'],
    ['empty text', ''],
    ['whitespace', '   \n\t '],
  ])('%s', (_, text) => {
    expect(extractDates(text, { publishedAt: REF })).toEqual([]);
  });

  it('does not read a number after a full stop as the day of the month before it', () => {
    expect(extractDates('Floods hit in November. 10 people died.', { publishedAt: REF }).map((d) => d.text)).toEqual(['November']);
  });

  it('keeps a year used as an adjective ("a 2019 law") as a date: it names the year of the law', () => {
    expect(only('A 2019 law banned the practice.')).toMatchObject({ text: '2019', value: '2019' });
  });
});

describe('invalid usage', () => {
  it.each<[string, () => unknown]>([
    ['a number as text', () => extractDates(42 as never)],
    ['null as text', () => extractDates(null as never)],
    ['an invalid publishedAt string', () => extractDates('x', { publishedAt: 'soon' })],
    ['an impossible calendar date', () => extractDates('x', { publishedAt: '2021-02-30' })],
    ['an invalid Date', () => extractDates('x', { publishedAt: new Date(Number.NaN) })],
    ['options that are not an object', () => extractDates('x', 'soon' as never)],
  ])('throws InvalidInputError for %s', (_, call) => {
    expect(call).toThrow(InvalidInputError);
    expect(call).toThrow(/^extractDates:/u);
  });

  it('accepts a Date and an ISO date-time as publishedAt', () => {
    expect(extractDates('It rained yesterday.', { publishedAt: new Date(Date.UTC(2021, 4, 10)) })[0]?.value).toBe('2021-05-09');
    expect(extractDates('It rained yesterday.', { publishedAt: '2021-05-10T08:00:00Z' })[0]?.value).toBe('2021-05-09');
  });
});

describe('output', () => {
  it('is in text order, without overlaps, and deterministic', () => {
    const text = 'On Friday, Nov. 6, the bank said profit rose from a year earlier; next week it reports again, and on 2 December 2021 it votes.';
    const a = extractDates(text, { publishedAt: REF });
    const b = extractDates(text, { publishedAt: REF });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    for (let i = 1; i < a.length; i++) expect(a[i]!.span!.start).toBeGreaterThanOrEqual(a[i - 1]!.span!.end);
    expect(a.map((d) => d.text)).toEqual(['Friday, Nov. 6', 'a year earlier', 'next week', '2 December 2021']);
  });

  it('keeps offsets in the user\'s string with non-ASCII text before the date', () => {
    const text = 'Министр 🙂 said on 10 November that…';
    const d = only(text);
    expect(d.span).toEqual({ start: text.indexOf('10 November'), end: text.indexOf('10 November') + 11 });
  });
});
