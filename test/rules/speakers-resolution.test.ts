import { describe, expect, it } from 'vitest';
import { run, type DraftSpec } from './speakers-helpers.js';

describe('resolving statement sources', () => {
  it.each<[string, string, DraftSpec[], string[][]]>([
    [
      'the name a source ends with is its head; a name before it only modifies it, and "he" goes to the head',
      'France\'s far-right National Front party leader Marine Le Pen hailed the vote. Port Authority spokesman Tom Lee praised the crew. He cited the weather.',
      [
        { content: 'the vote', source: "France's far-right National Front party leader Marine Le Pen" },
        { content: 'the crew', source: 'Port Authority spokesman Tom Lee' },
        { content: 'the weather', source: 'He' },
      ],
      [['Marine Le Pen'], ['Tom Lee'], ['Tom Lee']],
    ],
    [
      'a name after a preposition in the source is no head: the first name speaks',
      'James Hale of the Brookings Institution praised the crew.',
      [{ content: 'the crew', source: 'James Hale of the Brookings Institution' }],
      [['James Hale']],
    ],
    [
      'a capitalised source with a lower-case word inside is a group, and "they" goes to it',
      'The Justice Department sued the state. Voting rights advocates have expressed concern. They cite the 2000 election.',
      [
        { content: 'concern', source: 'Voting rights advocates' },
        { content: 'the 2000 election', source: 'They' },
      ],
      [['Voting rights advocates'], ['Voting rights advocates']],
    ],
    [
      'a relative pronoun as source goes to the name right before it',
      'Anna Berg spoke first. Reporters met Karl Holm, who said the bridge was safe.',
      [{ content: 'the bridge was safe', source: 'who' }],
      [['Karl Holm']],
    ],
    [
      'a relative pronoun with no resolved phrase before it has no speaker (never one named “who”)',
      'Anna Berg spoke first. The vote went to those who said the bridge was safe.',
      [{ content: 'the bridge was safe', source: 'who' }],
      [[]],
    ],
    [
      'a relative pronoun after a phrase that names no one known: the phrase stage 3 found is the speaker',
      'Anna Berg spoke first. The vote went to a campaign surrogate who said the bridge was safe.',
      [{ content: 'the bridge was safe', source: 'who', antecedent: 'a campaign surrogate' }],
      [['a campaign surrogate']],
    ],
    [
      'a relative pronoun after an appositive goes to the name the appositive describes',
      'Anna Berg spoke first. Reporters met Karl Holm, a Republican who said the bridge was safe.',
      [{ content: 'the bridge was safe', source: 'who', antecedent: 'a Republican' }],
      [['Karl Holm']],
    ],
    [
      'a speaker read from such a phrase is not remembered for the pronouns after it',
      'Karl Holm spoke first. Voters met two senators who said the bridge was safe. "It is," he said.',
      [
        { content: 'the bridge was safe', source: 'who', antecedent: 'two senators' },
        { content: 'It is,', source: 'he' },
      ],
      [['two senators'], ['Karl Holm']],
    ],
    [
      'a name after "after" with a preposition after it is an object, not the subject a pronoun goes to',
      'Anna Berg spoke first. Karl Holm, appearing after Lars Lund at the forum, said the bridge was safe. "It is," he said.',
      [
        { content: 'the bridge was safe', source: 'Karl Holm' },
        { content: 'It is,', source: 'he' },
      ],
      [['Karl Holm'], ['Karl Holm']],
    ],
    [
      'a name after "after" with a verb after it opens a clause: it is a subject',
      'Anna Berg spoke first. After Karl Holm left the room, he said the bridge was safe.',
      [{ content: 'the bridge was safe', source: 'he' }],
      [['Karl Holm']],
    ],
    [
      'a common given name tells the gender: "she" skips a man named since',
      'Hillary Lund spoke first. Donald Holm answered her. "It is late," she said.',
      [{ content: 'It is late,', source: 'she' }],
      [['Hillary Lund']],
    ],
    [
      '"Bill" is a given name before a surname, not a bill; a husband and a wife sharing a surname are told apart by gender',
      'Hillary Clinton spoke first. Bill Clinton then said the bridge was safe. Mrs. Clinton said the vote was close. Bill Clinton said more. "It is," she said.',
      [
        { content: 'the bridge was safe', source: 'Bill Clinton' },
        { content: 'the vote was close', source: 'Mrs. Clinton' },
        { content: 'more', source: 'Bill Clinton' },
        { content: 'It is,', source: 'she' },
      ],
      [['Bill Clinton'], ['Hillary Clinton'], ['Bill Clinton'], ['Hillary Clinton']],
    ],
    [
      'a bare surname shared by two people each named in full at least twice goes to the one introduced first',
      'Anna Holm spoke first. Anna Holm spoke again. Karl Holm, her son, came later with Karl Holm\'s wife and Karl Holm\'s dog. Holm said the bridge was safe.',
      [{ content: 'the bridge was safe', source: 'Holm' }],
      [['Anna Holm']],
    ],
    [
      'a pronoun goes to the last subject of its gender, not to an object',
      'Mr. Karl Holm met Jane Roe in Oslo. "We will win," he said.',
      [{ content: 'We will win,', source: 'he' }],
      [['Karl Holm']],
    ],
    [
      'a source that names someone after a preposition ("people close to X") is a description, not X; pronouns skip it',
      'Karl Holm spoke first. People close to Karl Holm said the bridge was safe. "It is," he said.',
      [
        { content: 'the bridge was safe', source: 'People close to Karl Holm' },
        { content: 'It is,', source: 'he' },
      ],
      [['People close to Karl Holm'], ['Karl Holm']],
    ],
    [
      'supporters of someone speak for themselves; a role\'s own "of" is part of a title',
      'Karl Holm spoke first. Supporters of Karl Holm said the bridge was safe.',
      [{ content: 'the bridge was safe', source: 'Supporters of Karl Holm' }],
      [['Supporters of Karl Holm']],
    ],
    [
      'a recording of someone ("footage of X saying") is X speaking',
      'Karl Holm spoke first. The ad cuts to footage of Karl Holm saying the bridge was safe.',
      [{ content: 'the bridge was safe', source: 'footage of Karl Holm' }],
      [['Karl Holm']],
    ],
    [
      'a role\'s own "of" before the name is part of the title: the name speaks',
      'Secretary of Defense Karl Holm said the bridge was safe.',
      [{ content: 'the bridge was safe', source: 'Secretary of Defense Karl Holm' }],
      [['Karl Holm']],
    ],
    [
      'a name joined by "and" to an object name is no subject: the pronoun goes to the subject of the sentence',
      'Mr. Karl Holm earned the backing of Wisconsin Reps. Tom Berg and Jon Lind, as he sought to win. "We will win," he said.',
      [{ content: 'We will win,', source: 'he' }],
      [['Karl Holm']],
    ],
    [
      'a name joined by "and" to a subject name is a subject too',
      'Mr. Karl Holm met Ms. Jane Roe. Tom Berg and Jon Lind left early. "We will win," he said.',
      [{ content: 'We will win,', source: 'he' }],
      [['Jon Lind']],
    ],
    [
      'a pronoun after a quote goes to that quote\'s speaker',
      'Anna Berg spoke first. "The plan works," Anna Berg said.\n\n"It will work again," she added.',
      [
        { content: 'The plan works,', source: 'Anna Berg' },
        { content: 'It will work again,', source: 'she' },
      ],
      [['Anna Berg'], ['Anna Berg']],
    ],
    [
      'a transcript label in capitals goes to the person named earlier (short labels are not acronyms)',
      'Host Carl Holt questioned Senator Jane Roe.\n\nHOLT: Will you vote for it?\n\nROE: I will vote for it.',
      [
        { content: 'Will you vote for it?', source: 'HOLT', kind: 'indirect' },
        { content: 'I will vote for it.', source: 'ROE', kind: 'indirect' },
      ],
      [['Carl Holt'], ['Jane Roe']],
    ],
    [
      'an acronym that is not a transcript label stays an organisation even when it spells a known surname',
      'Jane Nasa joined the agency in May. NASA said the launch would go ahead.',
      [{ content: 'the launch would go ahead', source: 'NASA', kind: 'indirect' }],
      [['NASA']],
    ],
    [
      'a name alone goes to the person named in full',
      'Finance Minister Olga Petrova arrived on Monday. "Taxes will fall," Petrova said.',
      [{ content: 'Taxes will fall,', source: 'Petrova' }],
      [['Olga Petrova']],
    ],
    [
      'a transliteration is the same person',
      'Talks with Sergei Volkov began. "We agree," Sergey Volkov said.',
      [{ content: 'We agree,', source: 'Sergey Volkov' }],
      [['Sergei Volkov']],
    ],
    [
      'a descriptor goes to the person whose nationality and role the article gave',
      'Norwegian Prime Minister Erna Lind met French President Paul Morel in Oslo. The French leader said the talks were useful. The Norwegian leader said they were long.',
      [
        { content: 'the talks were useful', source: 'The French leader', kind: 'indirect' },
        { content: 'they were long', source: 'The Norwegian leader', kind: 'indirect' },
      ],
      [['Paul Morel'], ['Erna Lind']],
    ],
    [
      'a diplomat is a foreign minister of that country',
      'Swedish Foreign Minister Ola Berg met President Paul Morel. The Swedish diplomat said the border was calm.',
      [{ content: 'the border was calm', source: 'The Swedish diplomat', kind: 'indirect' }],
      [['Ola Berg']],
    ],
    [
      'plural heads with nobody introduced before them become a group of their own',
      'Lind and Morel signed the treaty. The leaders said it would last.',
      [{ content: 'it would last', source: 'The leaders', kind: 'indirect' }],
      [['the leaders']],
    ],
    [
      '"X and Y" as a source is a joint statement',
      'Prime Minister Erna Lind and President Paul Morel spoke. Erna Lind and Paul Morel said the deal was done.',
      [{ content: 'the deal was done', source: 'Erna Lind and Paul Morel', kind: 'indirect' }],
      [['Erna Lind', 'Paul Morel']],
    ],
    [
      '"the presidents of A and B" go to each country\'s president',
      'French President Paul Morel phoned President of Finland Aino Virtanen. The presidents of France and Finland agreed to meet.',
      [{ content: 'to meet', source: 'The presidents of France and Finland', kind: 'indirect' }],
      [['Paul Morel', 'Aino Virtanen']],
    ],
    [
      'a body described in words is an organisation of its own',
      'The press service of the Finnish president said the call was warm.',
      [{ content: 'the call was warm', source: 'The press service of the Finnish president', kind: 'indirect' }],
      [['the press service of the Finnish president']],
    ],
    [
      'an anonymous source is its own entity, shared only by identical wording',
      'The plan failed, a source said. It was late, a source said. Officials said it was cheap.',
      [
        { content: 'The plan failed', source: 'a source', kind: 'indirect' },
        { content: 'It was late', source: 'a source', kind: 'indirect' },
        { content: 'it was cheap', source: 'Officials', kind: 'indirect' },
      ],
      [['a source'], ['a source'], ['Officials']],
    ],
    [
      'a source described through someone else is not that someone',
      'Senator Eva Lund spoke in Malmo. Her campaign manager said the crowd was large.',
      [{ content: 'the crowd was large', source: 'Her campaign manager', kind: 'indirect' }],
      [['Her campaign manager']],
    ],
    [
      'a possessive name followed by a body is that body',
      'Eva Lund left early. Lund\'s campaign said she was tired.',
      [{ content: 'she was tired', source: 'Lund\'s campaign', kind: 'indirect' }],
      [["Lund's campaign"]],
    ],
    [
      'a pronoun with nobody before it stays unresolved',
      '"We will see," he said.',
      [{ content: 'We will see,', source: 'he' }],
      [[]],
    ],
    [
      'a statement with no source and no inheritance has no speaker',
      '"Nobody knows," the banner read. Anna Berg left.',
      [{ content: 'Nobody knows,' }],
      [[]],
    ],
    [
      'a floating quote inherits the speakers of the statement it continues',
      '"The vote is close," Anna Berg said. "We will count again."',
      [
        { content: 'The vote is close,', source: 'Anna Berg' },
        { content: 'We will count again.', inherit: 0 },
      ],
      [['Anna Berg'], ['Anna Berg']],
    ],
  ])('%s', (_label, text, specs, expected) => {
    const r = run(text, specs);
    expect(r.speakers).toEqual(expected);
    for (const st of r.statements) {
      expect(st.id.startsWith('t:st')).toBe(true);
      if (st.speakerIds.length) expect(st.via.some((v) => v.startsWith('speakers/'))).toBe(true);
    }
  });

  it('resolves "the leaders" to two leaders introduced together', () => {
    const text = 'Prime Minister Erna Lind and President Paul Morel met in Oslo. The leaders said the talks went well.';
    const r = run(text, [{ content: 'the talks went well', source: 'The leaders', kind: 'indirect' }]);
    expect(r.speakers).toEqual([['Erna Lind', 'Paul Morel']]);
  });

  it('reports a source it cannot resolve', () => {
    const r = run('"We will see," he said.', [{ content: 'We will see,', source: 'he' }]);
    expect(r.ctx.issues.map((i) => i.code)).toEqual(['unresolved-speaker']);
  });

  it('recognises known speakers by their aliases', () => {
    const text = 'The vote was held on Monday. "We won," AOC said.';
    const r = run(text, [{ content: 'We won,', source: 'AOC' }], [
      { name: 'Alexandria Ocasio-Cortez', aliases: ['AOC'], titles: ['Representative'] },
    ]);
    expect(r.speakers).toEqual([['Alexandria Ocasio-Cortez']]);
    const e = r.index.entities[0];
    expect(e?.aliases).toContain('AOC');
    expect(e?.titles).toContain('Representative');
  });

  it('merges aliases into one speaker: surname, honorific, possessive, transliteration, descriptor', () => {
    const text =
      'Russian Foreign Minister Sergei Volkov landed in Riga. Volkov\'s visit was short. Mr. Volkov met Sergey Volkov\'s hosts. The Russian diplomat said the visit was useful.';
    const r = run(text, [{ content: 'the visit was useful', source: 'The Russian diplomat', kind: 'indirect' }]);
    expect(r.index.entities).toHaveLength(1);
    const e = r.index.entities[0];
    expect(e?.name).toBe('Sergei Volkov');
    expect(e?.titles).toEqual(['Russian Foreign Minister']);
    for (const a of ['Volkov', 'Mr. Volkov', 'Sergey Volkov', 'the Russian diplomat']) expect(e?.aliases).toContain(a);
    for (const m of e?.mentions ?? []) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(r.speakers).toEqual([['Sergei Volkov']]);
  });

  it('keeps two people who share a surname apart, and gives the surname alone to the one named most', () => {
    const text = 'Hanna Berg spoke. Hanna Berg left. Her brother Olof Berg stayed. "Fine," Berg said.';
    const r = run(text, [{ content: 'Fine,', source: 'Berg' }]);
    expect(r.index.entities.map((e) => e.name)).toEqual(['Hanna Berg', 'Olof Berg']);
    expect(r.speakers).toEqual([['Hanna Berg']]);
  });
});
