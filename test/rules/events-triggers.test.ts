// Stage 7 trigger rules, one row per pattern, run on hand-built input (fallback segmentation, no entity index).
import { describe, expect, it } from 'vitest';
import { dateAt, runEvents, spanOf, who } from './events-helpers.js';

interface Row {
  name: string;
  text: string;
  type: string;
  cameo: string | undefined;
  mention: string;
  participants: string[];
  place?: string;
  rule: string;
}

const rows: Row[] = [
  {
    name: 'phoned: caller and callee',
    text: 'Premier Jonas Varga phoned Chancellor Olaf Brenner about the gas deal.',
    type: 'call', cameo: '041', mention: 'phoned', participants: ['Jonas Varga/caller', 'Olaf Brenner/callee'], rule: 'events/call-phoned',
  },
  {
    name: 'telephoned',
    text: 'Mayor Ines Kalnina telephoned Governor Piet Aalst.',
    type: 'call', cameo: '041', mention: 'telephoned', participants: ['Ines Kalnina/caller', 'Piet Aalst/callee'], rule: 'events/call-phoned',
  },
  {
    name: 'held phone talks with',
    text: 'President Mara Vance held phone talks with President Tomas Reyes.',
    type: 'call', cameo: '041', mention: 'phone talks', participants: ['Mara Vance', 'Tomas Reyes'], rule: 'events/call-phone-noun',
  },
  {
    name: 'a telephone conversation with',
    text: 'President Mara Vance had a telephone conversation with King Harald Olsen.',
    type: 'call', cameo: '041', mention: 'a telephone conversation', participants: ['Mara Vance', 'Harald Olsen'], rule: 'events/call-phone-noun',
  },
  {
    name: 'spoke by phone with',
    text: 'Minister Ana Lima spoke by phone with Minister Tomas Berg.',
    type: 'call', cameo: '041', mention: 'spoke by phone', participants: ['Ana Lima', 'Tomas Berg'], rule: 'events/call-spoke-by-phone',
  },
  {
    name: 'met X in a city',
    text: 'President Mara Vance met Prime Minister Jon Rask in Oslo.',
    type: 'meeting', cameo: '040', mention: 'met', participants: ['Mara Vance', 'Jon Rask'], place: 'Oslo', rule: 'events/meeting-met',
  },
  {
    name: 'met with',
    text: 'Senator Lena Holt met with Governor Piet Aalst at the Capitol.',
    type: 'meeting', cameo: '040', mention: 'met', participants: ['Lena Holt', 'Piet Aalst'], place: 'Capitol', rule: 'events/meeting-met',
  },
  {
    name: 'held a meeting with',
    text: 'President Mara Vance held a meeting with Minister Tomas Berg in Vilnius.',
    type: 'meeting', cameo: '040', mention: 'a meeting', participants: ['Mara Vance', 'Tomas Berg'], place: 'Vilnius', rule: 'events/meeting-noun',
  },
  {
    name: 'held talks with',
    text: 'Chancellor Olaf Brenner held talks with President Tomas Reyes in Madrid.',
    type: 'meeting', cameo: '040', mention: 'talks', participants: ['Olaf Brenner', 'Tomas Reyes'], place: 'Madrid', rule: 'events/meeting-talks',
  },
  {
    name: 'received a delegation led by: host and visitor',
    text: 'President Mara Vance received a delegation led by Minister Tomas Berg in Vilnius.',
    type: 'meeting', cameo: '043', mention: 'received', participants: ['Mara Vance/host', 'Tomas Berg/visitor'], place: 'Vilnius', rule: 'events/meeting-received-delegation',
  },
  {
    name: 'visited a region',
    text: 'President Mara Vance visited the Kaluga Region on her way home.',
    type: 'visit', cameo: '042', mention: 'visited', participants: ['Mara Vance/visitor'], place: 'Kaluga Region', rule: 'events/visit-visited',
  },
  {
    name: 'a visit to a city',
    text: 'Minister Tomas Berg paid a visit to Tallinn.',
    type: 'visit', cameo: '042', mention: 'a visit', participants: ['Tomas Berg/visitor'], place: 'Tallinn', rule: 'events/visit-noun',
  },
  {
    name: 'arrived in',
    text: 'Minister Tomas Berg arrived in Riga late at night.',
    type: 'arrival', cameo: '042', mention: 'arrived', participants: ['Tomas Berg/visitor'], place: 'Riga', rule: 'events/arrival-arrived',
  },
  {
    name: "X's arrival in",
    text: "The talks began after Minister Tomas Berg's arrival in Riga.",
    type: 'arrival', cameo: '042', mention: "Minister Tomas Berg's arrival", participants: ['Tomas Berg/visitor'], place: 'Riga', rule: 'events/arrival-noun',
  },
  {
    name: 'signed: signatory',
    text: 'President Mara Vance signed the treaty with Chancellor Olaf Brenner.',
    type: 'signing', cameo: '057', mention: 'signed', participants: ['Mara Vance/signatory', 'Olaf Brenner'], rule: 'events/signing-signed',
  },
  {
    name: 'agreed to continue consultations',
    text: 'President Mara Vance and King Harald Olsen agreed to continue consultations.',
    type: 'agreement', cameo: '036', mention: 'agreed', participants: ['Mara Vance', 'Harald Olsen'], rule: 'events/agreement-agreed',
  },
  {
    name: 'agreed with someone to do something',
    text: 'Minister Ana Lima agreed with Minister Tomas Berg to hold talks.',
    type: 'agreement', cameo: '036', mention: 'agreed', participants: ['Ana Lima', 'Tomas Berg'], rule: 'events/agreement-agreed',
  },
  {
    name: 'agreed on a price (intent to cooperate)',
    text: 'Governor Piet Aalst agreed to fund the bridge.',
    type: 'agreement', cameo: '030', mention: 'agreed', participants: ['Piet Aalst'], rule: 'events/agreement-agreed',
  },
  {
    name: 'a named war',
    text: 'Veterans gathered to mark the end of the Winter War.',
    type: 'conflict', cameo: '190', mention: 'Winter War', participants: [], rule: 'events/conflict-named-war',
  },
  {
    name: 'an ordinal anniversary',
    text: 'The city celebrated the 80th anniversary of the Liberation with a parade.',
    type: 'anniversary', cameo: undefined, mention: '80th anniversary of the Liberation', participants: [], rule: 'events/anniversary-ordinal',
  },
];

describe('event triggers', () => {
  it.each(rows)('$name', (row) => {
    const r = runEvents(row.text);
    expect(r.events).toHaveLength(1);
    const ev = r.events[0]!;
    expect(ev.type).toBe(row.type);
    expect(ev.cameo).toBe(row.cameo);
    expect(ev.mentions).toEqual([spanOf(row.text, row.mention)]);
    expect(who(r)(ev)).toEqual(row.participants);
    expect(ev.place).toBe(row.place);
    expect(ev.via).toContain(row.rule);
    expect(ev.id).toBe('t:ev:0');
  });
});

describe('participant lists', () => {
  it('a comma does not join the next clause\'s subject', () => {
    const text = 'After her meeting with President Tomas Reyes, the White House issued a statement.';
    const r = runEvents(text);
    expect(r.events.map((e) => who(r)(e))).toEqual([['Tomas Reyes']]);
  });

  it('"X, Y and Z" after "with"', () => {
    const text = 'President Mara Vance met with Minister Ana Lima and Minister Tomas Berg.';
    const r = runEvents(text);
    expect(who(r)(r.events[0]!)).toEqual(['Mara Vance', 'Ana Lima', 'Tomas Berg']);
  });

  it('"to" gives the place of a visit but not of an agreement', () => {
    const text = 'Minister Tomas Berg agreed to Brussels terms.';
    expect(runEvents(text).events.map((e) => e.place)).toEqual([undefined]);
  });
});

describe('passive signing with its date', () => {
  it('takes the date before it and the place after it', () => {
    const text = 'On 3 March, an accord was signed in Tallinn.';
    const r = runEvents(text, { dates: [dateAt(text, '3 March', '2023-03-03')] });
    expect(r.events).toMatchObject([
      { type: 'signing', cameo: '057', place: 'Tallinn', date: { value: '2023-03-03', text: '3 March' }, participants: [] },
    ]);
    expect(r.events[0]!.mentions).toEqual([spanOf(text, 'was signed')]);
  });
});

const negatives: [string, string][] = [
  ['a generic present-tense visit inside a quote', '"Tourists visit the museum every summer," the curator Anna Berg said.'],
  ['a plural generic subject outside quotes', 'Thousands of tourists visit the old town every summer.'],
  ['the call for reforms', 'The union renewed the call for reforms in the sector.'],
  ['a call to action', 'Minister Tomas Berg issued a call to action.'],
  ['meeting expectations', 'The company is meeting expectations this quarter.'],
  ['met expectations', 'Quarterly sales met expectations.'],
  ['a signed copy', 'The signed copy is on display in the library.'],
  ['signed up', 'Anna Berg signed up for the course.'],
  ['a past event in a quote with no named participant and no date', '"We visited schools and hospitals," he said.'],
  ['post-war is not a war', 'The post-war order was fragile.'],
  ['a definite noun with nothing to refer back to', 'The meeting room was empty.'],
  ['a verb with no participant', 'Nobody visited.'],
  ['agreed as an opinion', 'Most analysts agreed that the plan would fail.'],
  ['agreed with someone about something', 'Senator Lena Holt agreed with Governor Piet Aalst about the budget.'],
  ['agreed alone', 'Sixty percent of voters agreed.'],
  ['agreed with someone that', 'The judge agreed with Ana Lima that the case should go to trial.'],
  ['a conflict of interest', 'Senator Lena Holt had a conflict of interest in the case.'],
  ['received something that is not a visitor', 'Senator Lena Holt and Governor Piet Aalst had received legal protection.'],
  ['talks only planned', 'Minister Ana Lima plans to hold talks with Minister Tomas Berg.'],
  ['a meeting only announced', 'President Mara Vance will hold a meeting with King Harald Olsen.'],
  ['empty text', ''],
  ['whitespace', '   \n\n  '],
];

describe('not events', () => {
  it.each(negatives)('%s', (_name, text) => {
    const r = runEvents(text);
    expect(r.events).toEqual([]);
    expect(r.newEntities).toEqual([]);
  });
});
