import { describe, expect, it } from 'vitest';
import { defaultConfiguration } from '../../src/parse/configuration.js';
import { run, summary } from './attribution-helpers.js';

const drafts = (text: string) => run(text).drafts.map((d) => summary(text, d));

describe('attribute: quotation shapes', () => {
  it.each([
    [
      'the clause after a closing mark ends before a later cue in the sentence',
      'The panel claimed “Lee exaggerates” the cost of the ferry through a “misleading use of numbers,” and concluded his figures were wrong.',
      [
        { kind: 'partial', cue: 'claimed', source: 'The panel', spans: ['“Lee exaggerates” the cost of the ferry through a “misleading use of numbers,”'] },
        { kind: 'indirect', cue: 'concluded', source: 'The panel', spans: ['his figures were wrong'] },
      ],
    ],
    [
      '"read" after a quotation, with its source after it; a day\'s name after the determiner is part of the source',
      '“The pier is a disgrace,” reads a Wednesday editorial in the Harbour News. “Go home,” read one sign. “Fix it,” said the Sunday paper.',
      [
        { kind: 'direct', cue: 'reads', source: 'a Wednesday editorial', spans: ['The pier is a disgrace,'] },
        { kind: 'direct', cue: 'read', source: 'one sign', spans: ['Go home,'] },
        { kind: 'direct', cue: 'said', source: 'the Sunday paper', spans: ['Fix it,'] },
      ],
    ],
    [
      'a quotation in the object of a progressive verb phrase with an adverb (not a passive)',
      'The ferry was late. Ana Ruiz has been steadily pounding Tom Lee as a “harbour wrecker” for months.',
      [{ kind: 'partial', cue: 'has been steadily pounding', source: 'Ana Ruiz', spans: ['Tom Lee as a “harbour wrecker” for months'] }],
    ],
    [
      'an aside between dashes with an abbreviation in it stands between source and cue',
      'The show airs daily. Ana Ruiz -- who works for Mr. Lee and the U.S. network -- told me, “We are a content provider.”',
      [{ kind: 'direct', cue: 'told', source: 'Ana Ruiz', spans: ['We are a content provider.'] }],
    ],
    [
      'a word for what was said before a colon: the subject of the sentence speaks',
      'The vote was close. The ferry company released a statement: “We are proud of our crews.”',
      [{ kind: 'direct', cue: 'statement', source: 'The ferry company', spans: ['We are proud of our crews.'] }],
    ],
    [
      'a word for what was said before a colon: the possessor speaks',
      'The vote was close. Then I gave my answer: “We will rebuild the pier by May.”',
      [{ kind: 'direct', cue: 'answer', source: 'my', spans: ['We will rebuild the pier by May.'] }],
    ],
    [
      'a colon lead-in with a short bracket after the name',
      'The hearing was tense. Sen. Ana Ruiz (D-Ore.) scolded him: “The harbour board has misled the public.”',
      [{ kind: 'direct', cue: 'scolded him', source: 'Sen. Ana Ruiz', spans: ['The harbour board has misled the public.'] }],
    ],
    [
      'after a question that ends its sentence, "He answered, “…”" is the answer\'s cue',
      'The talk turned to the ferry. “Would you have closed the harbour?” He answered, “I have no idea. We were never asked.”',
      [
        { kind: 'direct', cue: null, source: null, spans: ['Would you have closed the harbour?'] },
        { kind: 'direct', cue: 'answered', source: 'He', spans: ['I have no idea. We were never asked.'] },
      ],
    ],
    [
      'a colon lead-in with an adverb between the subject and the verb',
      'The hall was full. She then addressed the crowd again: “We could not have done it without you.”',
      [{ kind: 'direct', cue: 'addressed the crowd again', source: 'She', spans: ['We could not have done it without you.'] }],
    ],
    [
      'after a quotation that ends its sentence, a cue leading into the next quotation is that one\'s',
      'The ferry ran late. “Nobody on the island was told about the delays.” She added, “We will ask for refunds.”',
      [
        { kind: 'direct', cue: null, source: null, spans: ['Nobody on the island was told about the delays.'] },
        { kind: 'direct', cue: 'added', source: 'She', spans: ['We will ask for refunds.'] },
      ],
    ],
    [
      'a second quotation led in by a coordinator after the cue goes on with the statement',
      '“I like the plan,” Ana Ruiz said, but “the ferry will cost too much.”',
      [{ kind: 'partial', cue: 'said', source: 'Ana Ruiz', spans: ['I like the plan,', 'but “the ferry will cost too much.”'] }],
    ],
    [
      'a cue with a time word before the next quotation gives that quotation a statement of its own',
      '“We cannot afford the ferry,” Ana Ruiz said, adding later, “The island needs a bridge.”',
      [
        { kind: 'direct', cue: 'said', source: 'Ana Ruiz', spans: ['We cannot afford the ferry,'] },
        { kind: 'direct', cue: 'adding', source: 'Ana Ruiz', spans: ['The island needs a bridge.'] },
      ],
    ],
    [
      'cue, source, then the quotation ("Said X, “…”")',
      'The harbour was full. Said Ana Ruiz, “We have never seen so many boats.”',
      [{ kind: 'direct', cue: 'Said', source: 'Ana Ruiz', spans: ['We have never seen so many boats.'] }],
    ],
    [
      'a day between the cue and the quotation is no inverted source',
      'Ana Ruiz said Tuesday, “We have never seen so many boats.”',
      [{ kind: 'direct', cue: 'said', source: 'Ana Ruiz', spans: ['We have never seen so many boats.'] }],
    ],
    [
      'quote, source, cue',
      '“We will not give up the fight,” Maria Lopez said.',
      [{ kind: 'direct', cue: 'said', source: 'Maria Lopez', spans: ['We will not give up the fight,'] }],
    ],
    [
      'quote, cue, source',
      '"The budget is balanced," said the finance minister.',
      [{ kind: 'direct', cue: 'said', source: 'the finance minister', spans: ['The budget is balanced,'] }],
    ],
    [
      'words before the quotation in its sentence belong to it (quote, source, cue)',
      'The new ferry “will never pay for itself,” Ana Ruiz said.',
      [{ kind: 'partial', cue: 'said', source: 'Ana Ruiz', spans: ['The new ferry “will never pay for itself,'] }],
    ],
    [
      'words before the quotation in its sentence belong to it (quote, cue, source)',
      'Even with the new tolls, the bridge "is a money pit," said the auditor.',
      [{ kind: 'partial', cue: 'said', source: 'the auditor', spans: ['Even with the new tolls, the bridge "is a money pit,'] }],
    ],
    [
      'a long lead-in (over twenty words) before the quotation still belongs to it',
      'The first two islands to vote hold only a tenth of the seats in the new council, while the large harbour towns hold more than half and "speak for most of the people here," Ana Ruiz wrote.',
      [{ kind: 'partial', cue: 'wrote', source: 'Ana Ruiz', spans: ['The first two islands to vote hold only a tenth of the seats in the new council, while the large harbour towns hold more than half and "speak for most of the people here,'] }],
    ],
    [
      'the clause goes on after the closing mark (cue, quote, clause)',
      'She said “road tolls” and a fuel tax would pay for the bridge.',
      [{ kind: 'partial', cue: 'said', source: 'She', spans: ['“road tolls” and a fuel tax would pay for the bridge'] }],
    ],
    [
      'in a headline in title case the clause goes on capitalised',
      'Mayor Calls ‘Ferry Deal’ A Waste Of Public Money\n\nThe mayor spoke on Monday.',
      [{ kind: 'partial', cue: 'Calls', source: 'Mayor', spans: ['‘Ferry Deal’ A Waste Of Public Money'] }],
    ],
    [
      'no clause after the closing mark when a capitalised word follows',
      'She said “road tolls” Tuesday.',
      [{ kind: 'direct', cue: 'said', source: 'She', spans: ['road tolls'] }],
    ],
    [
      'the subject of a sentence that opens with a quotation comes after it',
      '“Stay calm,” Ruiz told the crowd, before asking, “Who is with me?”',
      [
        { kind: 'direct', cue: 'told', source: 'Ruiz', spans: ['Stay calm,'] },
        { kind: 'direct', cue: 'asking', source: 'Ruiz', spans: ['Who is with me?'] },
      ],
    ],
    [
      'a relative lead-in after a quotation is not part of the source',
      'I gave my answer: “We will win.” To which she said, “We will see.”',
      [
        { kind: 'direct', cue: 'answer', source: 'my', spans: ['We will win.'] },
        { kind: 'direct', cue: 'said', source: 'she', spans: ['We will see.'] },
      ],
    ],
    [
      'a named subject and any verb phrase before a colon and a quotation',
      'The Ruiz campaign chose its words with care: “We are done with the ferry.”',
      [{ kind: 'direct', cue: 'chose its words with care', source: 'The Ruiz campaign', spans: ['We are done with the ferry.'] }],
    ],
    [
      'a time adjunct between the cue and the quotation',
      'Lee said on Tuesday, “The bridge is safe.”',
      [{ kind: 'direct', cue: 'said', source: 'Lee', spans: ['The bridge is safe.'] }],
    ],
    [
      'a hearer and a place between the cue and the quotation',
      'Lee told reporters in Ohio, “The bridge is safe.”',
      [{ kind: 'direct', cue: 'told', source: 'Lee', spans: ['The bridge is safe.'] }],
    ],
    [
      'a topic between the cue and the quotation',
      'The mayor says of the bridge, “It is safe.”',
      [{ kind: 'direct', cue: 'says', source: 'The mayor', spans: ['It is safe.'] }],
    ],
    [
      'no lead-in when the quotation follows a colon',
      'One line stood out: “We are done,” Ana Ruiz said.',
      [{ kind: 'direct', cue: 'said', source: 'Ana Ruiz', spans: ['We are done,'] }],
    ],
    [
      'a name after an introductory phrase, a verb phrase, then "and said, “…”"',
      'Asked about the ferry on Monday, Mrs. Lee shook her head and said, “Not this year.”',
      [
        { kind: 'indirect', cue: 'Asked about', source: null, spans: ['the ferry on Monday'] },
        { kind: 'direct', cue: 'said', source: 'Mrs. Lee', spans: ['Not this year.'] },
      ],
    ],
    [
      'a reporting verb right before the quotation whose source the rules cannot read: the quotation is still its',
      'Another source, close to the mayor’s thinking said, “She will try to make friends.”',
      [{ kind: 'direct', cue: 'said', source: null, spans: ['She will try to make friends.'] }],
    ],
    [
      'an anonymous source whose postmodifier ends in a noun that is also a cue word ("thinking") before a quotation',
      'Another source close to the mayor’s thinking said, “She will try to make friends.”',
      [{ kind: 'direct', cue: 'said', source: 'Another source close to the mayor’s thinking', spans: ['She will try to make friends.'] }],
    ],
    [
      'a bare "to say" before the quotation',
      'The crowd was so quiet that Mr. Lee was prompted to say, “I cannot believe how civil it is.”',
      [{ kind: 'direct', cue: 'say', source: null, spans: ['I cannot believe how civil it is.'] }],
    ],
    [
      'a coordinated reporting verb right before the quotation takes the subject of the sentence',
      'As the crowd began to sing, Ana Ruiz was joined on stage by the mayor and joked, “You are all too loud.”',
      [{ kind: 'direct', cue: 'joked', source: 'Ana Ruiz', spans: ['You are all too loud.'] }],
    ],
    [
      'an opening word before a comma ("Instead, …") is not the subject of the sentence',
      'Instead, he pledged to build a second ferry, boasting about “winning.”',
      [
        { kind: 'indirect', cue: 'pledged', source: 'he', spans: ['to build a second ferry'] },
        { kind: 'direct', cue: 'boasting about', source: 'he', spans: ['winning.'] },
      ],
    ],
    [
      'an opening span of time before a comma ("Hours later, …") is not the subject of the sentence',
      'Hours later, Ana Ruiz returned the favour, telling reporters, “He is a fine man.”',
      [{ kind: 'direct', cue: 'telling', source: 'Ana Ruiz', spans: ['He is a fine man.'] }],
    ],
    [
      'a link word between commas after an opening phrase ("On Wednesday, however, …") is not the subject either',
      'On Wednesday, however, the owner of the ferry line, Ana Ruiz, said that the crossings would resume.',
      [{ kind: 'indirect', cue: 'said', source: 'the owner of the ferry line', spans: ['that the crossings would resume'] }],
    ],
    [
      'an aside between commas after an appositive ("…, Ana Ruiz, of course, said")',
      "Dow's chief executive, Ana Ruiz, of course, said that the timing was unrelated.",
      [{ kind: 'indirect', cue: 'said', source: "Dow's chief executive", spans: ['that the timing was unrelated'] }],
    ],
    [
      'an aside between commas after a possessive subject ("Mr. Lee’s aide, for his part, said")',
      'Mr. Lee’s aide, for his part, said the plan failed.',
      [{ kind: 'indirect', cue: 'said', source: 'Mr. Lee’s aide', spans: ['the plan failed'] }],
    ],
    [
      'a personal pronoun before an aside is the subject, not the start of the sentence',
      'The governor barely qualified for the debate, but in Iowa, he, too, said the plan failed.',
      [{ kind: 'indirect', cue: 'said', source: 'he', spans: ['the plan failed'] }],
    ],
    [
      'an opening span of time with a number ("A few minutes later, …")',
      'A few minutes later, the mayor went on, lamenting the cost of the ferry.',
      [{ kind: 'indirect', cue: 'lamenting', source: 'the mayor', spans: ['the cost of the ferry'] }],
    ],
    [
      'a programme’s title in quotation marks after a possessive stands before the content, not in it',
      'Sanders said on ABC’s “This Week” that he would take a look at the bill.',
      [{ kind: 'indirect', cue: 'said', source: 'Sanders', spans: ['that he would take a look at the bill'] }],
    ],
    [
      'a programme’s title in doubled single quotes, then a time phrase',
      "Mr. Lee said on NBC's ''Meet the Press'' on Sunday that the plan failed.",
      [{ kind: 'indirect', cue: 'said', source: 'Mr. Lee', spans: ['that the plan failed'] }],
    ],
    [
      'a programme’s title is part of the hearer; a later quotation still makes the content partial',
      'But he told ABC’s “Good Morning America” that he agrees the plan is a “total failure.”',
      [{ kind: 'partial', cue: 'told', source: 'he', spans: ['that he agrees the plan is a “total failure.”'] }],
    ],
    [
      'a quotation in title case after a possessive that is not before the content stays in it',
      'Lee’s “Make America Great Again” hat drew cheers, she said.',
      [{ kind: 'partial', cue: 'said', source: 'she', spans: ['Lee’s “Make America Great Again” hat drew cheers'] }],
    ],
    [
      'a time phrase after the hearer is not content',
      'The mayor told reporters on Monday the ferry would run again.',
      [{ kind: 'indirect', cue: 'told', source: 'The mayor', spans: ['the ferry would run again'] }],
    ],
    [
      'a time phrase after a named hearer ("last week")',
      'Jane Roe told Reuters last week she would vote for the plan.',
      [{ kind: 'indirect', cue: 'told', source: 'Jane Roe', spans: ['she would vote for the plan'] }],
    ],
    [
      'content before ", X said" that opens with a time phrase and then its own subject',
      'This week the ferry was late, Lee said.',
      [{ kind: 'indirect', cue: 'said', source: 'Lee', spans: ['This week the ferry was late'] }],
    ],
    [
      'a duration after the cue ("for weeks") is not a preposition that rules out reported speech',
      'Cruz has said for weeks he is the only candidate who can win.',
      [{ kind: 'indirect', cue: 'has said', source: 'Cruz', spans: ['he is the only candidate who can win'] }],
    ],
    [
      'a duration with a number word, then the clause without "that"',
      'The mayor has insisted for two years the bridge is safe.',
      [{ kind: 'indirect', cue: 'has insisted', source: 'The mayor', spans: ['the bridge is safe'] }],
    ],
    [
      'a passive question names its asker after "by"',
      'Asked by Starnes if he believed the plan would work, the mayor said he did.',
      [
        { kind: 'indirect', cue: 'Asked', source: 'Starnes', spans: ['if he believed the plan would work'] },
        { kind: 'indirect', cue: 'said', source: 'the mayor', spans: ['he did'] },
      ],
    ],
    [
      'the asker after "by" stops before a time phrase; a title before a name is part of it',
      'When asked by host Bill Maher on Thursday about the ferry, she laughed.',
      [{ kind: 'indirect', cue: 'asked', source: 'host Bill Maher', spans: ['the ferry'] }],
    ],
    [
      'a passive question with no "by" has no source',
      'He was asked why the ferry was late.',
      [{ kind: 'indirect', cue: 'was asked', source: null, spans: ['why the ferry was late'] }],
    ],
    [
      'two opening phrases before the subject of a participle cue',
      'On Thursday, after staying neutral for months, Ana Ruiz endorsed the plan, saying, “It is the best we have.”',
      [
        { kind: 'indirect', cue: 'endorsed', source: 'Ana Ruiz', spans: ['the plan'] },
        { kind: 'direct', cue: 'saying', source: 'Ana Ruiz', spans: ['It is the best we have.'] },
      ],
    ],
    [
      'a capitalised name ending in "-ing" after an opening phrase is the subject, not a second opening phrase',
      'Earlier Wednesday, Schilling appeared on the radio and said, “I am not a bigot.”',
      [{ kind: 'direct', cue: 'said', source: 'Schilling', spans: ['I am not a bigot.'] }],
    ],
    [
      'a first name that ends like a participle ("Ted") is the subject, not an opening phrase',
      'Ted Cruz appeared on the radio and said, “I am not a bigot.”',
      [{ kind: 'direct', cue: 'said', source: 'Ted Cruz', spans: ['I am not a bigot.'] }],
    ],
    [
      'a name ending in "-ing" before an appositive is the subject',
      'Manning, a senator, went on the radio and said, “I am not a bigot.”',
      [{ kind: 'direct', cue: 'said', source: 'Manning', spans: ['I am not a bigot.'] }],
    ],
    [
      'a capitalised participle with a plural object still opens a phrase',
      'Rallying hundreds of workers, Ana Ruiz went on stage and said, “We will win.”',
      [{ kind: 'direct', cue: 'said', source: 'Ana Ruiz', spans: ['We will win.'] }],
    ],
    [
      'a short colon lead-in in the body with a verb of its own is a statement',
      'The race goes on.\n\nClinton: I support statehood.\n\nThe crowd cheered.',
      [{ kind: 'indirect', cue: ':', source: 'Clinton', spans: ['I support statehood'] }],
    ],
    [
      'an inverted source with a role in lower case before the name',
      '"I can guarantee it," said pollster Frank Luntz. "Nobody wants that."',
      [{ kind: 'direct', cue: 'said', source: 'pollster Frank Luntz', spans: ['I can guarantee it,', 'Nobody wants that.'] }],
    ],
    [
      'an inverted source with roles and places between capitalised words',
      '"He is struggling," said former Vermont governor Howard Dean.',
      [{ kind: 'direct', cue: 'said', source: 'former Vermont governor Howard Dean', spans: ['He is struggling,'] }],
    ],
    [
      'a singular noun that is also a cue word ("report"), right before the cue, is the source’s noun',
      '"Immigrants are integrating," the report said.',
      [{ kind: 'direct', cue: 'said', source: 'the report', spans: ['Immigrants are integrating,'] }],
    ],
    [
      'the same noun with an adjective, before another cue',
      '"Immigrants are integrating," the new report concluded.',
      [{ kind: 'direct', cue: 'concluded', source: 'the new report', spans: ['Immigrants are integrating,'] }],
    ],
    [
      'the same word as a verb after an auxiliary stays the cue',
      'The agency will report that the plan failed.',
      [{ kind: 'indirect', cue: 'will report', source: 'The agency', spans: ['that the plan failed'] }],
    ],
    [
      'a name after the quotation, then an appositive with an age, a place and a relative clause, then the cue',
      '"We need people," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview.',
      [{ kind: 'direct', cue: 'said', source: 'Harry Bond', spans: ['We need people,'] }],
    ],
    [
      'a name with a party tag between commas, then the cue',
      '“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.',
      [{ kind: 'direct', cue: 'said', source: 'Senate Majority Leader Mitch McConnell', spans: ['Our assumption is that the veto will be overridden,'] }],
    ],
    [
      'a noun cue word as the head of the source after a quotation ("the note says")',
      '"You are a total loser!" the note says.',
      [{ kind: 'direct', cue: 'says', source: 'the note', spans: ['You are a total loser!'] }],
    ],
    [
      'a name, an appositive, then the cue and an adverb in -ly',
      '"I am calling," Miller, a retired worker from a nuclear plant, said pleasantly into the phone.',
      [{ kind: 'direct', cue: 'said', source: 'Miller', spans: ['I am calling,'] }],
    ],
    [
      'more verbs of speech: "scoffed", "shot back"',
      "''Silly boys,'' scoffed Arianna Gil, 22. Trump shot back that the journalist had not been called on.",
      [
        { kind: 'direct', cue: 'scoffed', source: 'Arianna Gil', spans: ['Silly boys,'] },
        { kind: 'indirect', cue: 'shot back', source: 'Trump', spans: ['that the journalist had not been called on'] },
      ],
    ],
    [
      'a quotation inside a quotation closing with it (three marks) is still attributed after them',
      "''I would use the word 'old-school,''' said Gregory W. Slayton.",
      [{ kind: 'direct', cue: 'said', source: 'Gregory W. Slayton', spans: ["I would use the word 'old-school,"] }],
    ],
    [
      'a role between capitalised words before the name, and a short quotation inside the appositive',
      '“We have had better conventions,” Texas delegate Bill Eastland, wearing “Ted Cruz” pins, said calmly.',
      [{ kind: 'direct', cue: 'said', source: 'Texas delegate Bill Eastland', spans: ['We have had better conventions,'] }],
    ],
    [
      'before a cue in -ing, a verb of beginning is no source: its subject speaks',
      'After the video, the community immediately began calling for the mayor to resign.',
      [{ kind: 'indirect', cue: 'calling for', source: 'the community', spans: ['the mayor to resign'] }],
    ],
    [
      '"could not resist" before a cue in -ing is no source either',
      'In their report they could not resist pointing out that the ferry was late.',
      [{ kind: 'indirect', cue: 'pointing out', source: 'they', spans: ['that the ferry was late'] }],
    ],
    [
      'a negated auxiliary written as one word joins the cue ("hasn\'t said", "doesn’t think")',
      "Trump hasn't said whether he will attend. Lee doesn’t think the plan works.",
      [
        { kind: 'indirect', cue: "hasn't said", source: 'Trump', spans: ['whether he will attend'] },
        { kind: 'indirect', cue: 'doesn’t think', source: 'Lee', spans: ['the plan works'] },
      ],
    ],
    [
      '"long" between the auxiliary and the cue is an adverb of the cue',
      'Republicans have long criticized the plan.',
      [{ kind: 'indirect', cue: 'have long criticized', source: 'Republicans', spans: ['the plan'] }],
    ],
    [
      'a plural possessive with the apostrophe alone is part of the source ("Bernie Sanders’ campaign says")',
      'Bernie Sanders’ campaign says it raised more than $21 million.',
      [{ kind: 'indirect', cue: 'says', source: 'Bernie Sanders’ campaign', spans: ['it raised more than $21 million'] }],
    ],
    [
      'a cue word after an article or "of" is a noun: "a series of tweets … saying" is no "tweets" cue; its publisher speaks',
      'Trump posted a series of tweets early Friday saying that Clinton had shown bad judgment.',
      [{ kind: 'indirect', cue: 'saying', source: 'Trump', spans: ['that Clinton had shown bad judgment'] }],
    ],
    [
      'after "told", the phrase before the quotation is the hearer, never an inverted source',
      'Carson did not mention any rival by name, but told his supporters, “our nation is in trouble.”',
      [
        { kind: 'indirect', cue: 'did not mention', source: 'Carson', spans: ['any rival by name'] },
        { kind: 'direct', cue: 'told', source: 'Carson', spans: ['our nation is in trouble.'] },
      ],
    ],
    [
      'a role with "of" in it before the name of an inverted source',
      '"Thanks for welcoming them," said master of ceremonies Asab Al-Tabchi.',
      [{ kind: 'direct', cue: 'said', source: 'master of ceremonies Asab Al-Tabchi', spans: ['Thanks for welcoming them,'] }],
    ],
    [
      'a year after a time preposition between the source and the cue is a time adjunct',
      'The senator in 2012 said the plan failed.',
      [{ kind: 'indirect', cue: 'said', source: 'The senator', spans: ['the plan failed'] }],
    ],
    [
      '"instead" before a cue is an adverb of the cue, not the source',
      'Smegielski instead attacked his rival in the primary.',
      [{ kind: 'indirect', cue: 'instead attacked', source: 'Smegielski', spans: ['his rival in the primary'] }],
    ],
    [
      'reported content goes on through ", including …"',
      'Bill Clinton said he plans to keep working on his own projects, including speeches on the economy.',
      [{ kind: 'indirect', cue: 'said', source: 'Bill Clinton', spans: ['he plans to keep working on his own projects, including speeches on the economy'] }],
    ],
    [
      'a gerund or a question after "on" / "about" right after the cue is the content',
      'The governor has insisted on building a wall. Officials disagree on what the troops will do.',
      [
        { kind: 'indirect', cue: 'has insisted', source: 'The governor', spans: ['building a wall'] },
        { kind: 'indirect', cue: 'disagree', source: 'Officials', spans: ['what the troops will do'] },
      ],
    ],
    [
      'a state after a place name in an opening phrase is part of the phrase, not the subject',
      'At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to calm voters, saying the race was close.',
      [{ kind: 'indirect', cue: 'saying', source: 'Mrs. Clinton', spans: ['the race was close'] }],
    ],
    [
      'a name and an appositive after an opening phrase stay the subject',
      'For now, Pantucci, at the institute, said the two countries have a truce.',
      [{ kind: 'indirect', cue: 'said', source: 'Pantucci', spans: ['the two countries have a truce'] }],
    ],
    [
      '"to" joins a source only after a noun for someone who speaks for another, or a document ("an aide to X")',
      'An aide to Mayor Ana Ruiz said the plan failed. Advisers to the governor said she will run. It was time to start, Lee said.',
      [
        { kind: 'indirect', cue: 'said', source: 'An aide to Mayor Ana Ruiz', spans: ['the plan failed'] },
        { kind: 'indirect', cue: 'said', source: 'Advisers to the governor', spans: ['she will run'] },
        { kind: 'indirect', cue: 'said', source: 'Lee', spans: ['It was time to start'] },
      ],
    ],
    [
      'an anonymous source with its postmodifier ("a source familiar with the talks") is the whole source',
      'A source familiar with the talks said the deal was close. People close to the mayor said she would run. The talks were close to collapse, Lee said.',
      [
        { kind: 'indirect', cue: 'said', source: 'A source familiar with the talks', spans: ['the deal was close'] },
        { kind: 'indirect', cue: 'said', source: 'People close to the mayor', spans: ['she would run'] },
        { kind: 'indirect', cue: 'said', source: 'Lee', spans: ['The talks were close to collapse'] },
      ],
    ],
    [
      'a perfect participle ("having suggested") speaks for the subject of its sentence; a subject after the content ends it',
      'Having announced that he would not send her to prison, Judge Ana Ruiz read the sentence. Lee hired a pollster, having rejected the need for one.',
      [
        { kind: 'indirect', cue: 'announced', source: 'Judge Ana Ruiz', spans: ['that he would not send her to prison'] },
        { kind: 'indirect', cue: 'rejected', source: 'Lee', spans: ['the need for one'] },
      ],
    ],
    [
      'a running-story label before a colon ("The Latest:") is no source; the headline after it is read on its own',
      'The Latest: Mayor Ana Ruiz tells voters she will win\n\nThe rally was loud.',
      [{ kind: 'indirect', cue: 'tells', source: 'Mayor Ana Ruiz', spans: ['she will win'] }],
    ],
    [
      'a quantifier after its group ("both", "all") is not the source: the group is',
      'Tom Berg and Ana Ruiz have both argued that the ferry is late. The senators all said the plan works.',
      [
        { kind: 'indirect', cue: 'argued', source: 'Tom Berg and Ana Ruiz', spans: ['that the ferry is late'] },
        { kind: 'indirect', cue: 'said', source: 'The senators', spans: ['the plan works'] },
      ],
    ],
    [
      '"that" in "now that", "so that", "given that" opens no relative clause: the content starts after the cue',
      'But now that we know the costs are big, it looks bad. He was angry, so much so that he accused the moderators of bias.',
      [
        { kind: 'indirect', cue: 'know', source: 'we', spans: ['the costs are big, it looks bad'] },
        { kind: 'indirect', cue: 'accused', source: 'he', spans: ['the moderators of bias'] },
      ],
    ],
    [
      'before "a statement saying", the subject of the verb that put the document out is the source',
      'On Saturday, Mayor Ana Ruiz issued a statement saying the ferry would run. The town released a report Wednesday showing costs rose. His office put out a statement calling the plan "a failure."',
      [
        { kind: 'indirect', cue: 'saying', source: 'Mayor Ana Ruiz', spans: ['the ferry would run'] },
        { kind: 'indirect', cue: 'showing', source: 'The town', spans: ['costs rose'] },
        { kind: 'partial', cue: 'calling', source: 'His office', spans: ['the plan "a failure."'] },
      ],
    ],
    [
      'documents with no determiner, in a series, or put out with a two-word verb: the publisher is the source',
      'Ana Ruiz sent tweets saying the ferry would run. Tom Lee unleashed a series of tweets calling the plan "a failure." The town fired off messages saying costs rose.',
      [
        { kind: 'indirect', cue: 'saying', source: 'Ana Ruiz', spans: ['the ferry would run'] },
        { kind: 'partial', cue: 'calling', source: 'Tom Lee', spans: ['the plan "a failure."'] },
        { kind: 'indirect', cue: 'saying', source: 'The town', spans: ['costs rose'] },
      ],
    ],
    [
      'a relative clause between commas after the subject ends at the comma before the main cue; the subject speaks',
      'Warren, who has not endorsed a candidate, told reporters that she would wait. Podesta, who said the book was vetted, said he was unaware of it.',
      [
        { kind: 'indirect', cue: 'has not endorsed', source: 'who', spans: ['a candidate'] },
        { kind: 'indirect', cue: 'told', source: 'Warren', spans: ['that she would wait'] },
        { kind: 'indirect', cue: 'said', source: 'who', spans: ['the book was vetted'] },
        { kind: 'indirect', cue: 'said', source: 'Podesta', spans: ['he was unaware of it'] },
      ],
    ],
    [
      'an adverbial phrase between the subject and its cue belongs to the cue ("in particular", "in the past")',
      'Britain and France in particular feared a new war. Party allies have in the past said he was staying quiet.',
      [
        { kind: 'indirect', cue: 'in particular feared', source: 'Britain and France', spans: ['a new war'] },
        { kind: 'indirect', cue: 'have in the past said', source: 'Party allies', spans: ['he was staying quiet'] },
      ],
    ],
    [
      'before a cue in -ing, "heard" (with its auxiliaries) is no source',
      'Some Republicans could be heard grousing that the fliers were fake.',
      [{ kind: 'indirect', cue: 'grousing', source: 'Some Republicans', spans: ['that the fliers were fake'] }],
    ],
    [
      'source, cue, colon, quote',
      'The mayor said: “Every street will be repaired by spring.”',
      [{ kind: 'direct', cue: 'said', source: 'The mayor', spans: ['Every street will be repaired by spring.'] }],
    ],
    [
      'source, cue, comma, quote',
      'Jonas Berg added, "Nobody expected the vote to pass."',
      [{ kind: 'direct', cue: 'added', source: 'Jonas Berg', spans: ['Nobody expected the vote to pass.'] }],
    ],
    [
      'a chant right before a quotation',
      'The crowd chanted “Four more years!” as she spoke.',
      [{ kind: 'direct', cue: 'chanted', source: 'The crowd', spans: ['Four more years!'] }],
    ],
    [
      'interrupted quote (two spans)',
      '“The talks went well,” the envoy said. “We meet again next week.”',
      [{ kind: 'direct', cue: 'said', source: 'the envoy', spans: ['The talks went well,', 'We meet again next week.'] }],
    ],
    [
      'interrupted mid-sentence',
      "''The voters are angry,'' Mr. Hale said, ''and they want answers.''",
      [{ kind: 'direct', cue: 'said', source: 'Mr. Hale', spans: ['The voters are angry,', 'and they want answers.'] }],
    ],
    [
      'pronoun source with auxiliary',
      '“It was a mistake,” she has admitted.',
      [{ kind: 'direct', cue: 'has admitted', source: 'she', spans: ['It was a mistake,'] }],
    ],
    [
      'transcript colon',
      'HARRIS: "We have the votes."',
      [{ kind: 'direct', cue: ':', source: 'HARRIS', spans: ['We have the votes.'] }],
    ],
    [
      'a quotation signed with a dash and a name',
      '“The river is cleaner than it has been in decades.” ― Ana M. Duarte\n“Nobody asked us.” — Piet Vos',
      [
        { kind: 'direct', cue: '―', source: 'Ana M. Duarte', spans: ['The river is cleaner than it has been in decades.'] },
        { kind: 'direct', cue: '—', source: 'Piet Vos', spans: ['Nobody asked us.'] },
      ],
    ],
    [
      'a quotation that is its own paragraph, signed with a dash and a name on the next line',
      '“The river is cleaner than it has been.”\n\n-Mayor Ana Duarte, speaking after the vote.\n\n“Nobody asked us.”\n\n- Piet Vos.',
      [
        { kind: 'direct', cue: '-', source: 'Mayor Ana Duarte', spans: ['The river is cleaner than it has been.'] },
        { kind: 'direct', cue: '-', source: 'Piet Vos', spans: ['Nobody asked us.'] },
      ],
    ],
    [
      'a quotation signed by a name line before its closing mark (a pull quote, a list of reactions)',
      'Economists were split.\n\n“I worry that the ferry will close.\nAna Ruiz, Harbour Institute.”\n\n“We will add a boat.\nMayor Tom Lee.”\n\nThe vote is Monday.',
      [
        { kind: 'direct', cue: null, source: 'Ana Ruiz', spans: ['I worry that the ferry will close.'] },
        { kind: 'direct', cue: null, source: 'Mayor Tom Lee', spans: ['We will add a boat.'] },
      ],
    ],
    [
      'a long appositive with a relative clause between the subject and the cue before a quotation',
      'Tom Reyes, who has run the shelter since it opened, said, “We are full every night.”',
      [{ kind: 'direct', cue: 'said', source: 'Tom Reyes', spans: ['We are full every night.'] }],
    ],
    [
      'a title line "Name on Topic: …" with a quotation after the colon',
      "Ruiz on the Ferry Plan: The Costs Are 'Staggering.'\n\nThe mayor spoke on Monday.",
      [{ kind: 'partial', cue: ':', source: 'Ruiz', spans: ["The Costs Are 'Staggering.'"] }],
    ],
    [
      'a title line "Name: ‘…’ Words" in title case: the words after the quotation are part of it, verbs and all',
      'Ana Ruiz: ‘Of Course’ The Island Would Pay For A Bigger Ferry\n\nThe mayor spoke on Monday.',
      [{ kind: 'partial', cue: ':', source: 'Ana Ruiz', spans: ['‘Of Course’ The Island Would Pay For A Bigger Ferry'] }],
    ],
    [
      'a title line "Name on Topic:" with one whole quotation after the colon',
      'Ruiz on the Ferry Deal: ‘We Will Not Pay.’\n\nThe mayor spoke on Monday.',
      [{ kind: 'direct', cue: ':', source: 'Ruiz', spans: ['We Will Not Pay.'] }],
    ],
    [
      'a short quotation after a lead-in paragraph ending in a colon is kept',
      'The senator continued:\n\n“We need teachers now.”',
      [{ kind: 'direct', cue: 'continued', source: 'The senator', spans: ['We need teachers now.'] }],
    ],
    [
      'lead-in paragraph ending in a colon',
      'The senator continued:\n\n“Our schools need more teachers.”',
      [{ kind: 'direct', cue: 'continued', source: 'The senator', spans: ['Our schools need more teachers.'] }],
    ],
  ])('%s', (_name, text, want) => {
    expect(drafts(text)).toEqual(want);
  });

  it('joins a quotation paragraph to the direct quotation before it', () => {
    const text = '“We are ready,” the coach said.\n\n“The team has trained for months and nobody is injured.”';
    const { drafts: d } = run(text);
    expect(d.map((x) => [x.kind, x.inherit, x.cue?.text ?? null])).toEqual([['direct', null, 'said']]);
    expect(d[0]?.spans.map((sp) => text.slice(sp.start, sp.end))).toEqual([
      'We are ready,',
      'The team has trained for months and nobody is injured.',
    ]);
    expect(d[0]?.via).toContain('attribution/floating-quote');
  });

  it('lets a quotation paragraph after reported speech inherit the previous speaker', () => {
    const text = 'The coach said the team was ready.\n\n“We have trained for months and nobody is injured.”';
    const { drafts: d } = run(text);
    expect(d.map((x) => [x.kind, x.inherit, x.cue?.text ?? null])).toEqual([
      ['indirect', null, 'said'],
      ['direct', 0, null],
    ]);
    expect(d[1]?.via).toContain('attribution/floating-quote');
  });

  it('splits a quoted transcript into one statement per speaker label', () => {
    const text = 'The station aired this exchange:\n\n“HOST: Will the bridge open on time?\n\n“MAYOR LUND: It will open in May.\n\n“We have hired more crews.\n\n“HOST: Thank you.”';
    expect(drafts(text)).toEqual([
      { kind: 'direct', cue: ':', source: 'HOST', spans: ['Will the bridge open on time?'] },
      { kind: 'direct', cue: ':', source: 'MAYOR LUND', spans: ['It will open in May.', 'We have hired more crews.'] },
      { kind: 'direct', cue: ':', source: 'HOST', spans: ['Thank you.'] },
    ]);
  });

  it('keeps a quotation over several paragraphs whole when it has no speaker labels', () => {
    const text = 'Reyes said:\n\n“We came here with nothing.\n\n“NOTE: we still have nothing.”';
    expect(drafts(text).map((d) => d.spans.length)).toEqual([2]);
  });

  it('reports a quotation with nobody to attribute it to', () => {
    const { drafts: d, issues } = run('“Nothing will change here for a very long time.”');
    expect(d.map((x) => [x.kind, x.source, x.inherit])).toEqual([['direct', null, null]]);
    expect(issues.map((i) => i.code)).toEqual(['unattributed-quote']);
  });
});

describe('attribute: reported speech', () => {
  it.each([
    [
      'the writer’s inference: “seemed to” has no source',
      'The old bridge seemed to sway in the storm.',
      [{ kind: 'indirect', cue: 'seemed', source: null, spans: ['The old bridge seemed to sway in the storm'] }],
    ],
    [
      'the writer’s inference: “appears to” keeps its subject in the content',
      'Then the harbour, rebuilt twice since the war, appears to be thriving again.',
      [{ kind: 'indirect', cue: 'appears', source: null, spans: ['the harbour, rebuilt twice since the war, appears to be thriving again'] }],
    ],
    [
      'a cue word that is also a plural noun, right before another cue, is the head of the source',
      'Ferry advocates also said the island should get a second boat.',
      [{ kind: 'indirect', cue: 'also said', source: 'Ferry advocates', spans: ['the island should get a second boat'] }],
    ],
    [
      'evidence with a plural noun cue word as its head ("harbour reports show …")',
      'Harbour reports show that the ferry was late on most days.',
      [{ kind: 'indirect', cue: 'show', source: 'Harbour reports', spans: ['that the ferry was late on most days'] }],
    ],
    [
      'an opening phrase before the source is no content: the content follows the cue and its time phrase',
      'In Iowa, Ana Ruiz said on Monday she would run.',
      [{ kind: 'indirect', cue: 'said', source: 'Ana Ruiz', spans: ['she would run'] }],
    ],
    [
      'a prepositional phrase after the cue, then a gerund cue after a preposition: the gerund reports',
      'The mayor responded to the letter by saying, “We will not close the pier.”',
      [{ kind: 'direct', cue: 'saying', source: 'The mayor', spans: ['We will not close the pier.'] }],
    ],
    [
      'an intention keeps its "by"-gerund in its content ("sought to settle it by supporting …")',
      'Lee sought to settle the dispute by supporting a new vote.',
      [{ kind: 'indirect', cue: 'sought', source: 'Lee', spans: ['to settle the dispute by supporting a new vote'] }],
    ],
    [
      'an aside between commas right after "that" is inside the content, which goes on after it',
      'Ana Ruiz said that, during the storm, the ferry stayed in port.',
      [{ kind: 'indirect', cue: 'said', source: 'Ana Ruiz', spans: ['that, during the storm, the ferry stayed in port'] }],
    ],
    [
      'a cue between commas with a short rest after it: both parts are the content',
      'The solution, the harbour master told them, was simple.',
      [{ kind: 'indirect', cue: 'told', source: 'the harbour master', spans: ['The solution', 'was simple'] }],
    ],
    [
      'a short rest after an inverted source is its appositive, not content',
      'The ferry will run again next spring, said Ana Ruiz, Harbour’s director.',
      [{ kind: 'indirect', cue: 'said', source: 'Ana Ruiz', spans: ['The ferry will run again next spring'] }],
    ],
    [
      'a phrase between a name and its cue is an adjunct: the name speaks',
      'Last week Ana Ruiz in a televised interview said the ferry would run.',
      [{ kind: 'indirect', cue: 'said', source: 'Ana Ruiz', spans: ['the ferry would run'] }],
    ],
    [
      'a phrase after a common noun tells which ones: it is part of the source',
      'Officials at the harbour office said the ferry would run.',
      [{ kind: 'indirect', cue: 'said', source: 'Officials at the harbour office', spans: ['the ferry would run'] }],
    ],
    [
      'a participle before the phrase and a phrase inside a phrase belong to the source',
      'Residents living near the pier at the harbour in Lund said the ferry was late.',
      [{ kind: 'indirect', cue: 'said', source: 'Residents living near the pier at the harbour in Lund', spans: ['the ferry was late'] }],
    ],
    [
      'a participle that is an adjective too, after a copula and before a comma, describes: the cue after it reports',
      'Her grasp of policy and temperament are worrying, Tom Lee said. The talks are continuing, he said. So, you might be asking, when will the ferry run?',
      [
        { kind: 'indirect', cue: 'said', source: 'Tom Lee', spans: ['Her grasp of policy and temperament are worrying'] },
        { kind: 'indirect', cue: 'said', source: 'he', spans: ['The talks are continuing'] },
        { kind: 'indirect', cue: 'might be asking', source: 'you', spans: ['So', 'when will the ferry run'] },
      ],
    ],
    [
      'a cue inside an opening subordinate clause: its content ends where the main clause begins',
      'While some argue that the ferry costs too much, the mayor has kept it running. Though Tom Lee thought the pier was safe, it closed.',
      [
        { kind: 'indirect', cue: 'argue', source: 'some', spans: ['that the ferry costs too much'] },
        { kind: 'indirect', cue: 'thought', source: 'Tom Lee', spans: ['the pier was safe'] },
      ],
    ],
    [
      'a quotation after the main clause\'s subject keeps an opening clause\'s content whole (no cut before "X said, “…”")',
      'So when the town signaled that it would close the pier, Ana Ruiz said, “we were floored.”',
      [{ kind: 'partial', cue: 'signaled', source: 'the town', spans: ['that it would close the pier, Ana Ruiz said, “we were floored.”'] }],
    ],
    [
      'a currency sign before the first number belongs to the content, and a possessive before it stays in',
      'Ana Ruiz said $4 billion was spent. Forbes said her $4.5 billion fortune had shrunk.',
      [
        { kind: 'indirect', cue: 'said', source: 'Ana Ruiz', spans: ['$4 billion was spent'] },
        { kind: 'indirect', cue: 'said', source: 'Forbes', spans: ['her $4.5 billion fortune had shrunk'] },
      ],
    ],
    [
      'a time word after the cue, then a clause, after an appositive: the clause is reported ("X, an ally, said Thursday his …")',
      'Tom Lee, an ally of the mayor, said Thursday his biggest worry is the pier. The pier is closed, Ana Ruiz said on Friday in a statement.',
      [
        { kind: 'indirect', cue: 'said', source: 'Tom Lee', spans: ['his biggest worry is the pier'] },
        { kind: 'indirect', cue: 'said', source: 'Ana Ruiz', spans: ['The pier is closed'] },
      ],
    ],
    [
      'a long adjunct after the cue before "that", after an appositive ("X, the mayor, said in one of a series of messages that …")',
      'Ana Ruiz, the mayor, said in one of a series of Twitter messages that the pier was closed.',
      [{ kind: 'indirect', cue: 'said', source: 'Ana Ruiz', spans: ['that the pier was closed'] }],
    ],
    [
      '"that" after an aside that follows the cue opens the content ("said on CNN, where …, that", "said — on Twitter — that", "said, however, that")',
      'Ana Ruiz said on CNN, where she is a paid contributor, that the pier was closed. Tom Lee said — on Twitter, as it happens — that the ferry was late. He said, however, that it would run.',
      [
        { kind: 'indirect', cue: 'said', source: 'Ana Ruiz', spans: ['that the pier was closed'] },
        { kind: 'indirect', cue: 'said', source: 'Tom Lee', spans: ['that the ferry was late'] },
        { kind: 'indirect', cue: 'said', source: 'He', spans: ['that it would run'] },
      ],
    ],
    [
      'a lone "another" or "one" right before the cue is the source ("One says …", "…, while another says …")',
      'One says the pier is safe, while another says it is not. Another pollster said it was close. One view is that it failed.',
      [
        { kind: 'indirect', cue: 'says', source: 'One', spans: ['the pier is safe'] },
        { kind: 'indirect', cue: 'says', source: 'another', spans: ['it is not'] },
        { kind: 'indirect', cue: 'said', source: 'Another pollster', spans: ['it was close'] },
      ],
    ],
    [
      'a longer parenthetical between the source and the cue is stepped over',
      'Sen. Ana Ruiz (a Democrat so young she has been mistaken for an intern) says the pier is safe. The report (which took the town council most of a year) says the ferry is late.',
      [
        { kind: 'indirect', cue: 'says', source: 'Sen. Ana Ruiz', spans: ['the pier is safe'] },
        { kind: 'indirect', cue: 'says', source: 'The report', spans: ['the ferry is late'] },
      ],
    ],
    [
      '"to" right after the cue and before a noun phrase or a gerund is a preposition: the content is its object',
      'Ana Ruiz did not respond to a request for comment. Tom Lee admitted to misleading the council. Lee vowed to bring the ferry back.',
      [
        { kind: 'indirect', cue: 'did not respond', source: 'Ana Ruiz', spans: ['a request for comment'] },
        { kind: 'indirect', cue: 'admitted', source: 'Tom Lee', spans: ['misleading the council'] },
        { kind: 'indirect', cue: 'vowed', source: 'Lee', spans: ['to bring the ferry back'] },
      ],
    ],
    [
      '"add to" and a noun phrase reports nothing ("adding to her delegate lead"); "added that" still does',
      'Ana Ruiz won the primary, adding to her delegate lead. Tom Lee added to the confusion. Lee added that the ferry was late.',
      [{ kind: 'indirect', cue: 'added', source: 'Lee', spans: ['that the ferry was late'] }],
    ],
    [
      '"list" and "identify" report their object, but not before a preposition ("identified as", "listed in")',
      'Ana Ruiz did not identify the witness. Tom Lee listed the qualities a mayor needs. Lee was identified as the driver. The address listed in the records is a car lot.',
      [
        { kind: 'indirect', cue: 'did not identify', source: 'Ana Ruiz', spans: ['the witness'] },
        { kind: 'indirect', cue: 'listed', source: 'Tom Lee', spans: ['the qualities a mayor needs'] },
      ],
    ],
    [
      'an infinitive cue word after a verb phrase with an auxiliary is a noun ("did not unveil plans to …"); after a subject it reports',
      'The town did not unveil plans to close the pier. The mayor is dialing back plans to sell it. Ana Ruiz plans to run again.',
      [{ kind: 'indirect', cue: 'plans', source: 'Ana Ruiz', spans: ['to run again'] }],
    ],
    [
      'a past form after the noun ends the subject read at the sentence start ("The Vermont senator emailed supporters and said …")',
      'The Vermont senator emailed supporters and said the pier was safe. The mayor’s prepared remarks drew applause, and she said the ferry would run.',
      [
        { kind: 'indirect', cue: 'said', source: 'The Vermont senator', spans: ['the pier was safe'] },
        { kind: 'indirect', cue: 'said', source: 'she', spans: ['the ferry would run'] },
      ],
    ],
    [
      'an -ing cue after an occasion for speaking ("at a news conference announcing …") speaks for the subject of the verb before it',
      '“We are ready,” Ana Ruiz said at a recent news conference announcing that the pier would reopen. The row centers on comments Tom Lee made Tuesday during a speech attacking the plan.',
      [
        { kind: 'direct', cue: 'said', source: 'Ana Ruiz', spans: ['We are ready,'] },
        { kind: 'indirect', cue: 'announcing', source: 'Ana Ruiz', spans: ['that the pier would reopen'] },
        { kind: 'indirect', cue: 'attacking', source: 'Tom Lee', spans: ['the plan'] },
      ],
    ],
    [
      'a polling average is evidence ("The Real Clear Politics average of polls … shows …")',
      'The Real Clear Politics average of polls taken over the past two weeks shows Ana Ruiz leading by three points.',
      [{ kind: 'indirect', cue: 'shows', source: 'The Real Clear Politics average of polls taken over the past two weeks', spans: ['Ana Ruiz leading by three points'] }],
    ],
    [
      'a dateline with a date and an agency before the dash is no subject ("WASHINGTON, Dec. 8 (UPI) — X …, saying …")',
      'WASHINGTON, Dec. 8 (UPI) — Mayor Ana Ruiz closed the pier on Tuesday, saying it was unsafe.',
      [{ kind: 'indirect', cue: 'saying', source: 'Mayor Ana Ruiz', spans: ['it was unsafe'] }],
    ],
    [
      'a dateline before a double hyphen or a horizontal bar is no subject either',
      'WASHINGTON -- Mayor Ana Ruiz, opening the pier, said it was safe. BOSTON ― Tom Lee, closing the ferry, said it was late.',
      [
        { kind: 'indirect', cue: 'said', source: 'Mayor Ana Ruiz', spans: ['it was safe'] },
        { kind: 'indirect', cue: 'said', source: 'Tom Lee', spans: ['it was late'] },
      ],
    ],
    [
      'a cue after an aside in a clause opened by a subordinator speaks for that clause\'s subject, not the sentence\'s',
      'The feud started when Ana Ruiz, in response to a rude remark, accused him of lying. The row grew after he, in a long speech, said the port was his.',
      [
        { kind: 'indirect', cue: 'accused', source: 'Ana Ruiz', spans: ['him of lying'] },
        { kind: 'indirect', cue: 'said', source: 'he', spans: ['the port was his'] },
      ],
    ],
    [
      'a bare base form after reported content with a pronoun subject goes on with that content; a past form is a statement of its own',
      'The captains said they would expand the fleet and push for new piers. The mayor said she closed the pier and vowed to rebuild it.',
      [
        { kind: 'indirect', cue: 'said', source: 'The captains', spans: ['they would expand the fleet and push for new piers'] },
        { kind: 'indirect', cue: 'said', source: 'The mayor', spans: ['she closed the pier'] },
        { kind: 'indirect', cue: 'vowed', source: 'The mayor', spans: ['to rebuild it'] },
      ],
    ],
    [
      'an irregular past form after the noun ends a subject read at the sentence start',
      'The mayor stood at the dock to explain why the ferry was late. The harbour master began talking about the storm.',
      [
        { kind: 'indirect', cue: 'explain', source: 'The mayor', spans: ['why the ferry was late'] },
        { kind: 'indirect', cue: 'talking about', source: 'The harbour master', spans: ['the storm'] },
      ],
    ],
    [
      'a participle cue that opens the sentence speaks for the subject after its phrase',
      'Praising the crew, the mayor said the pier was safe. Bemoaning the “harbour tax,” Tom Lee closed his shop.',
      [
        { kind: 'indirect', cue: 'Praising', source: 'the mayor', spans: ['the crew'] },
        { kind: 'indirect', cue: 'said', source: 'the mayor', spans: ['the pier was safe'] },
        { kind: 'partial', cue: 'Bemoaning', source: 'Tom Lee', spans: ['the “harbour tax,”'] },
      ],
    ],
    [
      'verbs of judging and of playing down report a noun phrase (assail, downplay, portray, deride, extol, laud, …)',
      'He downplayed the risk of storms for ferries. The captains derided the plan as toothless.',
      [
        { kind: 'indirect', cue: 'downplayed', source: 'He', spans: ['the risk of storms for ferries'] },
        { kind: 'indirect', cue: 'derided', source: 'The captains', spans: ['the plan as toothless'] },
      ],
    ],
    [
      'an auxiliary before "support" makes it a verb; a base form with an adverb after "and" goes on with content whose clause has a noun-phrase subject',
      'The board said that the group should not endorse Lee and instead support his rival. Ana Ruiz did support the idea.',
      [
        { kind: 'indirect', cue: 'said', source: 'The board', spans: ['that the group should not endorse Lee and instead support his rival'] },
        { kind: 'indirect', cue: 'did support', source: 'Ana Ruiz', spans: ['the idea'] },
      ],
    ],
    [
      '"rule" reports a clause ("ruled that …")',
      'A federal judge ruled that the ferry company misled riders.',
      [{ kind: 'indirect', cue: 'ruled', source: 'A federal judge', spans: ['that the ferry company misled riders'] }],
    ],
    [
      '"reference" as a verb reports a noun phrase',
      'The IMF referenced “political tensions” in advanced economies. The ad then references the pier closure.',
      [
        { kind: 'partial', cue: 'referenced', source: 'The IMF', spans: ['“political tensions” in advanced economies'] },
        { kind: 'indirect', cue: 'then references', source: 'The ad', spans: ['the pier closure'] },
      ],
    ],
    [
      '"offer" reports a noun phrase as well as a "to"-infinitive',
      'Tom Lee also offered his early assessment of the ferry plan. The mayor offered to resign.',
      [
        { kind: 'indirect', cue: 'also offered', source: 'Tom Lee', spans: ['his early assessment of the ferry plan'] },
        { kind: 'indirect', cue: 'offered', source: 'The mayor', spans: ['to resign'] },
      ],
    ],
    [
      '"support" as a verb between a subject-like word and a noun phrase',
      'Most Republicans support deportation. They would not support the ferry plan.',
      [
        { kind: 'indirect', cue: 'support', source: 'Most Republicans', spans: ['deportation'] },
        { kind: 'indirect', cue: 'would not support', source: 'They', spans: ['the ferry plan'] },
      ],
    ],
    [
      'a noun phrase after a relative source ends before the verb of the sentence, or at the comma that closes the clause',
      'Respondents who endorsed the mayor are in college. The older voters, who endorsed the mayor in May, have also seen income gains.',
      [
        { kind: 'indirect', cue: 'endorsed', source: 'who', spans: ['the mayor'] },
        { kind: 'indirect', cue: 'endorsed', source: 'who', spans: ['the mayor in May'] },
        { kind: 'indirect', cue: 'have also seen', source: 'The older voters', spans: ['income gains'] },
      ],
    ],
    [
      'an infinitive of purpose after the verb phrase of the sentence speaks for its subject',
      'Tom Lee went out of his way to say that the pier was safe. The mayor went to the dock to explain why the ferry was late. Ana Ruiz took to Twitter to say the race was over.',
      [
        { kind: 'indirect', cue: 'say', source: 'Tom Lee', spans: ['that the pier was safe'] },
        { kind: 'indirect', cue: 'explain', source: 'The mayor', spans: ['why the ferry was late'] },
        { kind: 'indirect', cue: 'say', source: 'Ana Ruiz', spans: ['the race was over'] },
      ],
    ],
    [
      'role words before the hearer\'s name are part of the hearer, not of the content',
      'Tom Lee told radio host Ana Ruiz the ferry would run. Jo Hale told Harbour News anchor Al Berg on Monday how late it was.',
      [
        { kind: 'indirect', cue: 'told', source: 'Tom Lee', spans: ['the ferry would run'] },
        { kind: 'indirect', cue: 'told', source: 'Jo Hale', spans: ['how late it was'] },
      ],
    ],
    [
      'a cue in -ing after "before"/"after" speaks for the statement before it in the sentence, however many statements came between',
      'Ana Ruiz said the pier was safe. Tom Lee said the ferry was late. Jo Hale said the port was busy. Al Berg said the bridge was open. “Thank you, son,” Cruz replied, before adding that he thinks “children should speak with respect.”',
      [
        { kind: 'indirect', cue: 'said', source: 'Ana Ruiz', spans: ['the pier was safe'] },
        { kind: 'indirect', cue: 'said', source: 'Tom Lee', spans: ['the ferry was late'] },
        { kind: 'indirect', cue: 'said', source: 'Jo Hale', spans: ['the port was busy'] },
        { kind: 'indirect', cue: 'said', source: 'Al Berg', spans: ['the bridge was open'] },
        { kind: 'direct', cue: 'replied', source: 'Cruz', spans: ['Thank you, son,'] },
        { kind: 'partial', cue: 'adding', source: 'Cruz', spans: ['that he thinks “children should speak with respect.”'] },
      ],
    ],
    [
      'a cue in -ing after "After" that opens the sentence speaks for the subject after the phrase',
      'After announcing his support, the mayor said the pier was safe.',
      [
        { kind: 'indirect', cue: 'announcing', source: 'the mayor', spans: ['his support'] },
        { kind: 'indirect', cue: 'said', source: 'the mayor', spans: ['the pier was safe'] },
      ],
    ],
    [
      'a coordinated cue after a clause that opens after a dash speaks for that clause\'s subject',
      'For that she drew the mayor\'s ire - he called her "weak" and said she had "zero support" in the port.',
      [
        { kind: 'partial', cue: 'called', source: 'he', spans: ['her "weak"'] },
        { kind: 'partial', cue: 'said', source: 'he', spans: ['she had "zero support" in the port'] },
      ],
    ],
    [
      'a name between commas before an appositive is the subject after an introductory clause too long to step over',
      'After the meeting of the harbour board on Saturday ended in chaos when many ferry captains were deemed ineligible, Ana Ruiz, the board chairwoman, said she had received threats.',
      [{ kind: 'indirect', cue: 'said', source: 'Ana Ruiz', spans: ['she had received threats'] }],
    ],
    [
      'a bare base form agrees with the plural before a participle that opens the phrase ("Residents living near the plant say")',
      'Residents living near the pier say it leaks. People briefed on the talks say the ferry will run.',
      [
        { kind: 'indirect', cue: 'say', source: 'Residents living near the pier', spans: ['it leaks'] },
        { kind: 'indirect', cue: 'say', source: 'People briefed on the talks', spans: ['the ferry will run'] },
      ],
    ],
    [
      'a past participle right before "by", with no auxiliary, modifies the noun before it: no statement',
      'The rebel groups backed by the council have no choice. A plan supported by the mayor passed. The pier plan was backed by Ana Ruiz.',
      [],
    ],
    [
      'a pair of dashes around an aside inside the content: the content goes on after the second dash; a single dash ends it',
      'Ana Ruiz said the pier – closed since the storm – would reopen soon. Tom Lee said the ferry was late – his main worry.',
      [
        { kind: 'indirect', cue: 'said', source: 'Ana Ruiz', spans: ['the pier – closed since the storm – would reopen soon'] },
        { kind: 'indirect', cue: 'said', source: 'Tom Lee', spans: ['the ferry was late'] },
      ],
    ],
    [
      '", but not …" with no clause of its own goes on with the content; ", but it …" ends it',
      'Ana Ruiz said the pier would reopen, but not before May. Tom Lee said the ferry was late, but it would run.',
      [
        { kind: 'indirect', cue: 'said', source: 'Ana Ruiz', spans: ['the pier would reopen, but not before May'] },
        { kind: 'indirect', cue: 'said', source: 'Tom Lee', spans: ['the ferry was late'] },
      ],
    ],
    [
      'a participle cue after a comma speaks for a possessed subject ("Ana Ruiz’s aides …, perhaps recognizing that …")',
      'Ana Ruiz’s aides were pleased, perhaps recognizing that the pier was safe.',
      [{ kind: 'indirect', cue: 'perhaps recognizing', source: 'Ana Ruiz’s aides', spans: ['that the pier was safe'] }],
    ],
    [
      'an appositive after an inverted source is no second span of the content ("…, said X, director of Y")',
      'The pier is safe, said Ana Ruiz, director of the port. The ferry is late, said Tom Lee, the town’s engineer.',
      [
        { kind: 'indirect', cue: 'said', source: 'Ana Ruiz', spans: ['The pier is safe'] },
        { kind: 'indirect', cue: 'said', source: 'Tom Lee', spans: ['The ferry is late'] },
      ],
    ],
    [
      'a noun-phrase content ends before a coordinator and a new clause with a personal pronoun as its subject',
      'Tom Lee apologized for the delay and he promised a new ferry.',
      [
        { kind: 'indirect', cue: 'apologized for', source: 'Tom Lee', spans: ['the delay'] },
        { kind: 'indirect', cue: 'promised', source: 'he', spans: ['a new ferry'] },
      ],
    ],
    [
      'an editor\'s correction note reports no statement, nor do the cues inside it',
      'Correction: An earlier version of this article incorrectly listed when the “ferry plan” began. A previous version of this story said Ana Ruiz intended to run.',
      [],
    ],
    [
      'role words between a capitalised word and a name belong to the subject before an aside ("Former Democratic candidate X, who …, said")',
      'Former Democratic candidate Tom Lee, who ran the pier, said he agrees with the plan.',
      [{ kind: 'indirect', cue: 'said', source: 'Former Democratic candidate Tom Lee', spans: ['he agrees with the plan'] }],
    ],
    [
      'a name particle is part of the source ("De Blasio", "Van Voorhis", "Ludwig van Beethoven")',
      'The pier will reopen, De Blasio said. The ferry is late, Mr. Van Voorhis said. Ludwig van Beethoven declared that music was freedom.',
      [
        { kind: 'indirect', cue: 'said', source: 'De Blasio', spans: ['The pier will reopen'] },
        { kind: 'indirect', cue: 'said', source: 'Mr. Van Voorhis', spans: ['The ferry is late'] },
        { kind: 'indirect', cue: 'declared', source: 'Ludwig van Beethoven', spans: ['that music was freedom'] },
      ],
    ],
    [
      'an inverted source led by a quantifier, a number or "one of", or followed by a short phrase to the end',
      'The meeting went badly, said one GOP source in the room. The ferry is late, said two officials. The pier is safe, said one of his aides. The vote was close, said the mayor in a statement.',
      [
        { kind: 'indirect', cue: 'said', source: 'one GOP source', spans: ['The meeting went badly'] },
        { kind: 'indirect', cue: 'said', source: 'two officials', spans: ['The ferry is late'] },
        { kind: 'indirect', cue: 'said', source: 'one of his aides', spans: ['The pier is safe'] },
        { kind: 'indirect', cue: 'said', source: 'the mayor', spans: ['The vote was close'] },
      ],
    ],
    [
      'a phrase with a verb after an inverted noun phrase keeps it from being a source',
      'Jolly, who was elected in 2014, doesn’t see the department’s role in enforcing the laws as antiquated.',
      [{ kind: 'indirect', cue: 'doesn’t see', source: 'Jolly', spans: ['the department’s role in enforcing the laws as antiquated'] }],
    ],
    [
      'a source with a postmodifier: a group pronoun heads it, and its head agrees with a bare base form',
      'Those close to the mayor said the pier was safe. People familiar with the talks say the ferry will run.',
      [
        { kind: 'indirect', cue: 'said', source: 'Those close to the mayor', spans: ['the pier was safe'] },
        { kind: 'indirect', cue: 'say', source: 'People familiar with the talks', spans: ['the ferry will run'] },
      ],
    ],
    [
      'adverbs and a determiner before a time word, or a past participle before one, between the source and the cue',
      'The ferry line just this month announced it would add a boat. A report issued this week said the pier was safe. A poll released on Monday showed that the mayor led.',
      [
        { kind: 'indirect', cue: 'announced', source: 'The ferry line', spans: ['it would add a boat'] },
        { kind: 'indirect', cue: 'said', source: 'A report', spans: ['the pier was safe'] },
        { kind: 'indirect', cue: 'showed', source: 'A poll', spans: ['that the mayor led'] },
      ],
    ],
    [
      'a plural relation noun before a link agrees with a bare base form ("Aides to the mayor say")',
      'Aides to the mayor say the ferry will run.',
      [{ kind: 'indirect', cue: 'say', source: 'Aides to the mayor', spans: ['the ferry will run'] }],
    ],
    [
      'the head before the phrase agrees with a bare base form ("voters in each town say")',
      'Many voters in each town say the ferry should run.',
      [{ kind: 'indirect', cue: 'say', source: 'Many voters in each town', spans: ['the ferry should run'] }],
    ],
    [
      'a verb before the phrase is no head ("spent on ads attacking …" keeps the old reading)',
      'The group spent heavily on ads attacking Ana Ruiz.',
      [{ kind: 'indirect', cue: 'attacking', source: 'ads', spans: ['Ana Ruiz'] }],
    ],
    [
      'an appositive name before the cue outranks an inverted reading of the clause after it',
      'The harbour master, Ana Ruiz, said the ferry failed.',
      [{ kind: 'indirect', cue: 'said', source: 'The harbour master', spans: ['the ferry failed'] }],
    ],
    [
      'a hearer with a determiner and a capitalised name ("told the New Yorker …") is not content',
      'Weaver told the New Yorker the ferry is late.',
      [{ kind: 'indirect', cue: 'told', source: 'Weaver', spans: ['the ferry is late'] }],
    ],
    [
      'two time words between the source and the cue ("earlier Thursday")',
      'Ana Ruiz earlier Thursday said the ferry would run again.',
      [{ kind: 'indirect', cue: 'said', source: 'Ana Ruiz', spans: ['the ferry would run again'] }],
    ],
    [
      '"here" / "there" between the source and the cue',
      'Harbour officials there said the ferry was late again.',
      [{ kind: 'indirect', cue: 'there said', source: 'Harbour officials', spans: ['the ferry was late again'] }],
    ],
    [
      'a relative clause inside a short subject of the content does not end it',
      'Ferry advocates said the ruling, which struck down the old fares, shows the importance of the vote.',
      [{ kind: 'indirect', cue: 'said', source: 'Ferry advocates', spans: ['the ruling, which struck down the old fares, shows the importance of the vote'] }],
    ],
    [
      'a participle clause inside a short subject of the content does not end it',
      'The harbour office says ferries, numbering twelve in all, carried more people in 2015.',
      [{ kind: 'indirect', cue: 'says', source: 'The harbour office', spans: ['ferries, numbering twelve in all, carried more people in 2015'] }],
    ],
    [
      'an aside between commas inside a short subject, then an auxiliary, does not end the content',
      'She also says the ferry plan, while costly, was handled well.',
      [{ kind: 'indirect', cue: 'also says', source: 'She', spans: ['the ferry plan, while costly, was handled well'] }],
    ],
    [
      'a relative clause after a content with its own verb ends it',
      'Lee said the plan failed, which surprised everyone.',
      [{ kind: 'indirect', cue: 'said', source: 'Lee', spans: ['the plan failed'] }],
    ],
    [
      'a number group as the source ("one in three said")',
      'One in three said the ferry was too slow.',
      [{ kind: 'indirect', cue: 'said', source: 'One in three', spans: ['the ferry was too slow'] }],
    ],
    [
      'a number group as the source ("all but two said")',
      'The council met on Monday. All but two said the fares should fall.',
      [{ kind: 'indirect', cue: 'said', source: 'All but two', spans: ['the fares should fall'] }],
    ],
    [
      'a number with a thousands separator as the source',
      'At least 21,000 said they would take the new ferry.',
      [{ kind: 'indirect', cue: 'said', source: '21,000', spans: ['they would take the new ferry'] }],
    ],
    [
      'a possessive subject before an appositive name ("Bloomberg\'s pollster, Douglas Schoen, says …")',
      "Ruiz's deputy, Ana Lee, says the boats will run again.",
      [{ kind: 'indirect', cue: 'says', source: "Ruiz's deputy", spans: ['the boats will run again'] }],
    ],
    [
      'a group pronoun and a past participle as the source of a bare "say" ("those surveyed say")',
      'By a wide margin, those surveyed say the ferry should run every hour.',
      [{ kind: 'indirect', cue: 'say', source: 'those surveyed', spans: ['the ferry should run every hour'] }],
    ],
    [
      'a percentage as the source ("42% say")',
      'On fares, 42% say the ferry costs too much.',
      [{ kind: 'indirect', cue: 'say', source: '42%', spans: ['the ferry costs too much'] }],
    ],
    [
      'an aside between dashes after a source that opens the sentence',
      'Murphy — after a long pause — told me he had never seen the ferry so full.',
      [{ kind: 'indirect', cue: 'told', source: 'Murphy', spans: ['he had never seen the ferry so full'] }],
    ],
    [
      'an aside between spaced hyphens',
      'Ana Ruiz - the mayor and a ferry owner - told the council that fares would rise.',
      [{ kind: 'indirect', cue: 'told', source: 'Ana Ruiz', spans: ['that fares would rise'] }],
    ],
    [
      '"As reported by X, …" like "according to X"',
      'As reported by the harbour paper, the ferry was late on most days.',
      [{ kind: 'indirect', cue: 'As reported by', source: 'the harbour paper', spans: ['the ferry was late on most days'] }],
    ],
    [
      'a date phrase with no comma before a pronoun subject',
      'On May 3 they closed the meeting by announcing that the ferry was “safe.”',
      [{ kind: 'partial', cue: 'announcing', source: 'they', spans: ['that the ferry was “safe.”'] }],
    ],
    [
      'a date phrase with no comma before a noun-phrase subject',
      'On May 3 the council closed the meeting by announcing that the ferry was safe.',
      [{ kind: 'indirect', cue: 'announcing', source: 'the council', spans: ['that the ferry was safe'] }],
    ],
    [
      'a reporting gerund after “by”: the subject of the sentence speaks',
      'The mayor opened the meeting by saying that the budget was “in good shape.”',
      [{ kind: 'partial', cue: 'saying', source: 'The mayor', spans: ['that the budget was “in good shape.”'] }],
    ],
    [
      'a reporting gerund after “while”',
      'Ana Ruiz left the talks early while insisting the deal was close.',
      [{ kind: 'indirect', cue: 'insisting', source: 'Ana Ruiz', spans: ['the deal was close'] }],
    ],
    [
      'the content goes on to a quotation later in its sentence (", but “…”")',
      'Lee said the ferry was late again, but “the new boats will fix that.”',
      [{ kind: 'partial', cue: 'said', source: 'Lee', spans: ['the ferry was late again, but “the new boats will fix that.”'] }],
    ],
    [
      'the content goes on to a quotation of several sentences that starts in its sentence',
      'Lee said the ferry was late again, which matters because “The island needs it. We all do.”',
      [{ kind: 'partial', cue: 'said', source: 'Lee', spans: ['the ferry was late again, which matters because “The island needs it. We all do.”'] }],
    ],
    [
      'the content goes on to a quotation after a relative, and the clause after it',
      'Lee said the ferry was late, which “nobody expected” in June.',
      [{ kind: 'partial', cue: 'said', source: 'Lee', spans: ['the ferry was late, which “nobody expected” in June'] }],
    ],
    [
      'the content does not go on past a semicolon to a quotation with a cue of its own',
      'Lee said the ferry was late; the crowd chanted “more boats” outside.',
      [
        { kind: 'indirect', cue: 'said', source: 'Lee', spans: ['the ferry was late'] },
        { kind: 'partial', cue: 'chanted', source: 'the crowd', spans: ['“more boats” outside'] },
      ],
    ],
    [
      'the content does not go on past a semicolon to a scare quote',
      'Lee said the ferry was late; the “new boats” were idle.',
      [{ kind: 'indirect', cue: 'said', source: 'Lee', spans: ['the ferry was late'] }],
    ],
    [
      'the content does not go on to a quotation in the next sentence',
      'Lee said the ferry was late. The “new boats” were idle.',
      [{ kind: 'indirect', cue: 'said', source: 'Lee', spans: ['the ferry was late'] }],
    ],
    [
      'a noun phrase after "said" with a quotation right after it is no inverted source',
      'Ana Ruiz, who runs the ferry line, said the harbour "may never reopen."',
      [{ kind: 'partial', cue: 'said', source: 'Ana Ruiz', spans: ['the harbour "may never reopen."'] }],
    ],
    [
      'a short parenthetical and then a time adjunct between the source and the cue',
      'Sen. Ana Ruiz (D-Ore.) on Tuesday said the ferry would run again.',
      [{ kind: 'indirect', cue: 'said', source: 'Sen. Ana Ruiz', spans: ['the ferry would run again'] }],
    ],
    [
      'a reported statement whose content is one whole quotation is direct, its span the words inside the marks',
      'He stood up, shook his head and said, “No.”',
      [{ kind: 'direct', cue: 'said', source: 'He', spans: ['No.'] }],
    ],
    [
      'reported content ends at a comma before a new subject with a reporting verb of its own',
      'Lee said the plan was dead, Kim noted that it was alive.',
      [
        { kind: 'indirect', cue: 'said', source: 'Lee', spans: ['the plan was dead'] },
        { kind: 'indirect', cue: 'noted', source: 'Kim', spans: ['that it was alive'] },
      ],
    ],
    [
      'an aside "…, Kim noted, …" does not end the content',
      'Lee said the plan, Kim noted, was dead.',
      [{ kind: 'indirect', cue: 'said', source: 'Lee', spans: ['the plan, Kim noted, was dead'] }],
    ],
    [
      'a quotation with a cue of its own inside reported content is part of that statement, not a second one',
      'The council pledged to act against what it called “a clear threat to the harbour.”',
      [{ kind: 'partial', cue: 'pledged', source: 'The council', spans: ['to act against what it called “a clear threat to the harbour.”'] }],
    ],
    [
      'a quoted statement inside a reported one ("X said Y was right when he said “…”") is one statement',
      'Ana Ruiz said Lee was right when he said that “the bridge must close.”',
      [{ kind: 'partial', cue: 'said', source: 'Ana Ruiz', spans: ['Lee was right when he said that “the bridge must close.”'] }],
    ],
    [
      'a statement by a named source reported inside another statement stays a statement of its own',
      'The ministry drew attention to the fact that Ana Ruiz and Tom Lee reaffirmed their wish "to reopen the harbour."',
      [
        { kind: 'partial', cue: 'drew attention to', source: 'The ministry', spans: ['the fact that Ana Ruiz and Tom Lee reaffirmed their wish "to reopen the harbour."'] },
        { kind: 'partial', cue: 'reaffirmed', source: 'Ana Ruiz and Tom Lee', spans: ['their wish "to reopen the harbour."'] },
      ],
    ],
    [
      'a statement with a pronoun source inside another statement\'s content is part of it',
      'The ministry said they want “a new harbour” by May.',
      [{ kind: 'partial', cue: 'said', source: 'The ministry', spans: ['they want “a new harbour” by May'] }],
    ],
    [
      '"stating that" after a comma is a participle cue',
      'Lee spoke for an hour, stating that the ferry would stop in May.',
      [{ kind: 'indirect', cue: 'stating', source: 'Lee', spans: ['that the ferry would stop in May'] }],
    ],
    [
      'a relative "that" after a noun is the source (resolved to the phrase before it in stage 4)',
      'The agency released a memo on Monday that says the dam is unsafe.',
      [{ kind: 'indirect', cue: 'says', source: 'that', spans: ['the dam is unsafe'] }],
    ],
    [
      'a horizontal bar (U+2015) ends reported content like an em dash',
      'Lee noted that the ferry ran late ― as it did all year ― and Kim said, “We will fix it.”',
      [
        { kind: 'indirect', cue: 'noted', source: 'Lee', spans: ['that the ferry ran late'] },
        { kind: 'direct', cue: 'said', source: 'Kim', spans: ['We will fix it.'] },
      ],
    ],
    [
      'a statement noun after a named possessor',
      'Voters laughed at Ana Ruiz’s claim that the ferry would “pay for itself” by 2030.',
      [{ kind: 'partial', cue: 'claim', source: 'Ana Ruiz’s', spans: ['that the ferry would “pay for itself” by 2030'] }],
    ],
    [
      'a statement noun after a possessive pronoun',
      'Nobody heeded his warning that the dam would fail.',
      [{ kind: 'indirect', cue: 'warning', source: 'his', spans: ['that the dam would fail'] }],
    ],
    [
      'a relative “which” before a cue is the source',
      'They phoned the agency, which reported “record losses” for the year.',
      [{ kind: 'partial', cue: 'reported', source: 'which', spans: ['“record losses” for the year'] }],
    ],
    [
      'a second “that” clause after a coordinator belongs to the same cue',
      'Ruiz said the ferry was late, but that the crew “did everything right.”',
      [{ kind: 'partial', cue: 'said', source: 'Ruiz', spans: ['the ferry was late, but that the crew “did everything right.”'] }],
    ],
    [
      'any adverb in -ly between the subject and the cue',
      'The mayor boldly predicted that the ferry would run by May.',
      [{ kind: 'indirect', cue: 'boldly predicted', source: 'The mayor', spans: ['that the ferry would run by May'] }],
    ],
    [
      'a noun in -ly before the cue is the source, not an adverb',
      'The family said that the ferry was late.',
      [{ kind: 'indirect', cue: 'said', source: 'The family', spans: ['that the ferry was late'] }],
    ],
    [
      'two cues over the very same content make one statement (the first cue)',
      'Lee said, going on to say that the bridge was safe.',
      [{ kind: 'indirect', cue: 'said', source: 'Lee', spans: ['that the bridge was safe'] }],
    ],
    [
      'an adverb of hearsay: the clause around it, no source',
      'The old mill is reportedly up for sale again.',
      [{ kind: 'indirect', cue: 'is reportedly', source: null, spans: ['The old mill is reportedly up for sale again'] }],
    ],
    [
      'an adverb of hearsay before a reporting verb leaves it to that verb',
      'The coach reportedly said the team would move.',
      [{ kind: 'indirect', cue: 'reportedly said', source: 'The coach', spans: ['the team would move'] }],
    ],
    [
      '“seemed” with an adjective is the writer’s inference too',
      'The crowd seemed restless and tired by evening.',
      [{ kind: 'indirect', cue: 'seemed', source: null, spans: ['The crowd seemed restless and tired by evening'] }],
    ],
    [
      'a passive expectation has no source',
      'The new ferry is widely expected to enter service in May.',
      [{ kind: 'indirect', cue: 'is widely expected', source: null, spans: ['The new ferry is widely expected to enter service in May'] }],
    ],
    [
      'an expectation in a relative clause starts at the relative word',
      'Crews closed the old road, which is expected to reopen next year.',
      [{ kind: 'indirect', cue: 'is expected', source: null, spans: ['which is expected to reopen next year'] }],
    ],
    [
      'a reporting verb after “seemed to” takes the subject as its source',
      'The coach seemed to suggest that the season was over.',
      [{ kind: 'indirect', cue: 'suggest', source: 'The coach', spans: ['that the season was over'] }],
    ],
    [
      'an authorial verb inside a reported clause is part of it',
      'The pilot said the engine seemed to lose power.',
      [{ kind: 'indirect', cue: 'said', source: 'The pilot', spans: ['the engine seemed to lose power'] }],
    ],
    [
      'an evidence subject with a participle after its head',
      'Surveys taken outside the stadium showed that most fans wanted a new coach.',
      [{ kind: 'indirect', cue: 'showed', source: 'Surveys taken outside the stadium', spans: ['that most fans wanted a new coach'] }],
    ],
    [
      'an evidence subject with a preposition after its head',
      'Records from the county clerk show the fee was never paid.',
      [{ kind: 'indirect', cue: 'show', source: 'Records from the county clerk', spans: ['the fee was never paid'] }],
    ],
    [
      'a speaker finds that …',
      'The inspectors found that the wiring was unsafe.',
      [{ kind: 'indirect', cue: 'found', source: 'The inspectors', spans: ['that the wiring was unsafe'] }],
    ],
    [
      'a poll as a lead-in',
      'In a county survey released in March, most parents favoured the longer school day.',
      [{ kind: 'indirect', cue: 'In', source: 'a county survey released in March', spans: ['most parents favoured the longer school day'] }],
    ],
    [
      'a poll lead-in after a connective',
      'But in the latest harbour poll, fishermen ranked fuel prices first.',
      [{ kind: 'indirect', cue: 'in', source: 'the latest harbour poll', spans: ['fishermen ranked fuel prices first'] }],
    ],
    [
      'a quotation in the object of any verb after a named subject',
      'Okafor likened the new stadium to a “glass coffin” on the river.',
      [{ kind: 'partial', cue: 'likened', source: 'Okafor', spans: ['the new stadium to a “glass coffin” on the river'] }],
    ],
    [
      'a quotation no cue claimed, after a statement',
      'Vega has said that the talks stalled. Ortiz equated the offer with “a joke.”',
      [
        { kind: 'indirect', cue: 'has said', source: 'Vega', spans: ['that the talks stalled'] },
        { kind: 'partial', cue: 'equated', source: 'Ortiz', spans: ['the offer with “a joke.”'] },
      ],
    ],
    [
      'a quotation after an auxiliary and an adverb',
      'She has repeatedly mocked the rival plan as “pure fantasy.”',
      [{ kind: 'partial', cue: 'has repeatedly mocked', source: 'She', spans: ['the rival plan as “pure fantasy.”'] }],
    ],
    [
      'a phrasal verb of attack takes its object',
      'The union went after the board for its “reckless” spending.',
      [{ kind: 'partial', cue: 'went after', source: 'The union', spans: ['the board for its “reckless” spending'] }],
    ],
    [
      'a rating with a quotation',
      'The fact-checkers rated the claim “mostly false.”',
      [{ kind: 'partial', cue: 'rated', source: 'The fact-checkers', spans: ['the claim “mostly false.”'] }],
    ],
    [
      'a verb of discussion takes its object',
      'Delgado discussed the cost of the new bridge.',
      [{ kind: 'indirect', cue: 'discussed', source: 'Delgado', spans: ['the cost of the new bridge'] }],
    ],
    [
      'calling something a name without quotation marks',
      'The ministry called the report biased and poorly sourced.',
      [{ kind: 'indirect', cue: 'called', source: 'The ministry', spans: ['the report biased and poorly sourced'] }],
    ],
    [
      'a pronoun subject after the cue opens the clause, before a later “that”',
      'Moreno said he would make sure that every clinic stays open.',
      [{ kind: 'indirect', cue: 'said', source: 'Moreno', spans: ['he would make sure that every clinic stays open'] }],
    ],
    [
      'an auxiliary after the cue opens the clause, before a later “that”',
      'The mayor said the new budget would ensure that parks stay open.',
      [{ kind: 'indirect', cue: 'said', source: 'The mayor', spans: ['the new budget would ensure that parks stay open'] }],
    ],
    [
      'a long adjunct between the cue and “that”',
      'Ruiz said in a long interview with the county paper last week that the mill would close.',
      [{ kind: 'indirect', cue: 'said', source: 'Ruiz', spans: ['that the mill would close'] }],
    ],
    [
      'a possessive before “that” does not stop the search',
      'The firm wrote to the Jensens’ lawyer that the debt was paid.',
      [{ kind: 'indirect', cue: 'wrote', source: 'The firm', spans: ['that the debt was paid'] }],
    ],
    [
      'an appositive after an inverted source is not content',
      'The harbour will reopen in June, said Mira Holt, a spokeswoman for the port.',
      [{ kind: 'indirect', cue: 'said', source: 'Mira Holt', spans: ['The harbour will reopen in June'] }],
    ],
    [
      'the sentence going on after an inverted source is content',
      'The harbour, said Mira Holt, will reopen in June.',
      [{ kind: 'indirect', cue: 'said', source: 'Mira Holt', spans: ['The harbour', 'will reopen in June'] }],
    ],
    [
      'a wish with a noun phrase',
      'Most dairy farmers want a higher milk price.',
      [{ kind: 'indirect', cue: 'want', source: 'Most dairy farmers', spans: ['a higher milk price'] }],
    ],
    [
      'a verb of perception as opinion',
      'Many growers see the new canal as a lifeline.',
      [{ kind: 'indirect', cue: 'see', source: 'Many growers', spans: ['the new canal as a lifeline'] }],
    ],
    [
      'a quantity of a group as source',
      'Most of them said the shifts were too long.',
      [{ kind: 'indirect', cue: 'said', source: 'Most of them', spans: ['the shifts were too long'] }],
    ],
    [
      'a percentage agrees with a bare “say”',
      'About 12 percent say they never vote.',
      [{ kind: 'indirect', cue: 'say', source: '12 percent', spans: ['they never vote'] }],
    ],
    [
      '“said about half”: a quantity, not a preposition',
      'The clinic said about half of its nurses had left.',
      [{ kind: 'indirect', cue: 'said', source: 'The clinic', spans: ['about half of its nurses had left'] }],
    ],
    [
      'a relative word before the source opens the content',
      'The board approved the levy, which the mayor said would fund two schools.',
      [{ kind: 'indirect', cue: 'said', source: 'the mayor', spans: ['which the mayor said would fund two schools'] }],
    ],
    [
      '“that” after a noun taking a clause is not a relative (the noun phrase is the content)',
      'The memo stressed the fact that the engineers reported several leaks.',
      [{ kind: 'indirect', cue: 'stressed', source: 'The memo', spans: ['the fact that the engineers reported several leaks'] }],
    ],
    [
      'a verb of opinion takes its object',
      'Most farmers view the new tariff as a threat.',
      [{ kind: 'indirect', cue: 'view', source: 'Most farmers', spans: ['the new tariff as a threat'] }],
    ],
    [
      'a clause verb of discovery takes its clause',
      'The auditor discovered that two ledgers were missing.',
      [{ kind: 'indirect', cue: 'discovered', source: 'The auditor', spans: ['that two ledgers were missing'] }],
    ],
    [
      'X noted that …',
      'The minister noted that exports had grown.',
      [{ kind: 'indirect', cue: 'noted', source: 'The minister', spans: ['that exports had grown'] }],
    ],
    [
      'a participle after a quotation and a comma takes the sentence subject',
      'The coach gave a short speech about “team spirit,” saying the players showed “real courage.”',
      [{ kind: 'partial', cue: 'saying', source: 'The coach', spans: ['the players showed “real courage.”'] }],
    ],
    [
      'a participle is never followed by its own subject',
      'Pereira signed the new law, saying it “changes everything for small farms.”',
      [{ kind: 'partial', cue: 'saying', source: 'Pereira', spans: ['it “changes everything for small farms.”'] }],
    ],
    [
      'reported content stops before a coordinated reporting verb',
      'The mayor said the budget was “a disaster” and added that taxes would rise.',
      [
        { kind: 'partial', cue: 'said', source: 'The mayor', spans: ['the budget was “a disaster”'] },
        { kind: 'indirect', cue: 'added', source: 'The mayor', spans: ['that taxes would rise'] },
      ],
    ],
    [
      'a cue inside reported content belongs to the outer statement',
      'The senator says he believes the vote was “a turning point” for the state.',
      [{ kind: 'partial', cue: 'says', source: 'The senator', spans: ['he believes the vote was “a turning point” for the state'] }],
    ],
    [
      'a voter told him she worries …: one statement',
      'A nurse told the governor she worries the clinic will close.',
      [{ kind: 'indirect', cue: 'told', source: 'A nurse', spans: ['she worries the clinic will close'] }],
    ],
    [
      'a time phrase after the cue is not content',
      'The mayor said on Friday the bridge would reopen in May.',
      [{ kind: 'indirect', cue: 'said', source: 'The mayor', spans: ['the bridge would reopen in May'] }],
    ],
    [
      'a possessive after the cue starts the content',
      'Ms. Grant said her husband would run for the council.',
      [{ kind: 'indirect', cue: 'said', source: 'Ms. Grant', spans: ['her husband would run for the council'] }],
    ],
    [
      'reported content stops before a participle clause after a comma',
      'The senator said she would not seek a recount, putting her at odds with the party.',
      [{ kind: 'indirect', cue: 'said', source: 'The senator', spans: ['she would not seek a recount'] }],
    ],
    [
      'content before a final attribution may start with "But" or an introductory phrase',
      'But in the end, the plan worked better than expected, she said.',
      [{ kind: 'indirect', cue: 'said', source: 'she', spans: ['But in the end, the plan worked better than expected'] }],
    ],
    [
      'content before a final attribution may start with "This" (no time word after it)',
      'This was a big concern for the island, Lee said.',
      [{ kind: 'indirect', cue: 'said', source: 'Lee', spans: ['This was a big concern for the island'] }],
    ],
    [
      'content before a final attribution may start with "About" and a number',
      'About 270 people took the ferry that day, officials said.',
      [{ kind: 'indirect', cue: 'said', source: 'officials', spans: ['About 270 people took the ferry that day'] }],
    ],
    [
      'content before a final attribution may start with a gerund subject',
      'Seeing the crowd at the harbour made him change the plan, he said.',
      [{ kind: 'indirect', cue: 'said', source: 'he', spans: ['Seeing the crowd at the harbour made him change the plan'] }],
    ],
    [
      'a passive "was asked" with a question: the question, with no named asker',
      'In an interview that year, Ana Ruiz was asked what happened to the ferry.',
      [{ kind: 'indirect', cue: 'was asked', source: null, spans: ['what happened to the ferry'] }],
    ],
    [
      'a passive "has been asked" with a "to"-infinitive after "by X": X is the asker',
      'The mayor has been asked by the council to release the ferry contracts.',
      [{ kind: 'indirect', cue: 'has been asked', source: 'the council', spans: ['to release the ferry contracts'] }],
    ],
    [
      'a reported question asked by a group',
      'Asked by reporters how the talks went, Lopez said they were useful.',
      [
        { kind: 'indirect', cue: 'Asked', source: 'reporters', spans: ['how the talks went'] },
        { kind: 'indirect', cue: 'said', source: 'Lopez', spans: ['they were useful'] },
      ],
    ],
    [
      'X said … without "that"',
      'Officials said the bridge would reopen in May.',
      [{ kind: 'indirect', cue: 'said', source: 'Officials', spans: ['the bridge would reopen in May'] }],
    ],
    [
      'X told reporters …',
      'Ms. Ortiz told reporters the deal was dead.',
      [{ kind: 'indirect', cue: 'told', source: 'Ms. Ortiz', spans: ['the deal was dead'] }],
    ],
    [
      'phrasal cue with auxiliary',
      'Ilse Novak has pointed out that the rules changed.',
      [{ kind: 'indirect', cue: 'has pointed out', source: 'Ilse Novak', spans: ['that the rules changed'] }],
    ],
    [
      'content, then source and cue',
      'The factory will close next year, a company spokesman said.',
      [{ kind: 'indirect', cue: 'said', source: 'a company spokesman', spans: ['The factory will close next year'] }],
    ],
    [
      'content, then cue and source',
      'The factory will close next year, said Tom Reed.',
      [{ kind: 'indirect', cue: 'said', source: 'Tom Reed', spans: ['The factory will close next year'] }],
    ],
    [
      'according to X, …',
      'According to the ministry, prices rose by four percent.',
      [{ kind: 'indirect', cue: 'According to', source: 'the ministry', spans: ['prices rose by four percent'] }],
    ],
    [
      'X, according to Y, goes on with a verb: one content',
      'The new ferry service, according to the harbour office, will carry twice as many cars and trucks each day from May.',
      [{ kind: 'indirect', cue: 'according to', source: 'the harbour office', spans: ['The new ferry service, according to the harbour office, will carry twice as many cars and trucks each day from May'] }],
    ],
    [
      'an appositive of the source after “according to” is not content',
      'Fares went up by a third last spring, according to Lena Park, who runs the commuter group in the valley.',
      [{ kind: 'indirect', cue: 'according to', source: 'Lena Park', spans: ['Fares went up by a third last spring'] }],
    ],
    [
      '…, according to X',
      'Prices rose by four percent last year, according to the ministry.',
      [{ kind: 'indirect', cue: 'according to', source: 'the ministry', spans: ['Prices rose by four percent last year'] }],
    ],
    [
      'belief',
      'Most voters believe the economy is improving.',
      [{ kind: 'indirect', cue: 'believe', source: 'Most voters', spans: ['the economy is improving'] }],
    ],
    [
      'parenthetical cue (two spans)',
      'The new law, she said, will help small farms.',
      [{ kind: 'indirect', cue: 'said', source: 'she', spans: ['The new law', 'will help small farms'] }],
    ],
    [
      'appositive subject',
      'Anna Weiss, a lawyer for the city, said the contract was void.',
      [{ kind: 'indirect', cue: 'said', source: 'Anna Weiss', spans: ['the contract was void'] }],
    ],
    [
      'party tag between source and cue',
      'Sen. Dana Cole (D-Ore.) said she would vote no on the bill.',
      [{ kind: 'indirect', cue: 'said', source: 'Sen. Dana Cole', spans: ['she would vote no on the bill'] }],
    ],
    [
      'partial quotation inside reported speech',
      'The union reaffirmed its commitment "to fight for every job."',
      [{ kind: 'partial', cue: 'reaffirmed', source: 'The union', spans: ['its commitment "to fight for every job."'] }],
    ],
    [
      'time adjunct between source and cue',
      'The governor on Tuesday rejected the proposal from the council.',
      [{ kind: 'indirect', cue: 'rejected', source: 'The governor', spans: ['the proposal from the council'] }],
    ],
    [
      'introductory participle phrase before the subject',
      'Having heard the case, Judge Moreno, who is new, said the fine was too high.',
      [{ kind: 'indirect', cue: 'said', source: 'Judge Moreno', spans: ['the fine was too high'] }],
    ],
    [
      'naming with a quotation',
      'The army calls it a “special operation” in its reports.',
      [{ kind: 'partial', cue: 'calls', source: 'The army', spans: ['it a “special operation” in its reports'] }],
    ],
    [
      'outlet has learned',
      'The Gazette has learned that the mayor will resign.',
      [{ kind: 'indirect', cue: 'has learned', source: 'The Gazette', spans: ['that the mayor will resign'] }],
    ],
    [
      'a cue after “continued to” takes the subject of “continued”',
      'The mayor continued to insist that the bridge was safe.',
      [{ kind: 'indirect', cue: 'insist', source: 'The mayor', spans: ['that the bridge was safe'] }],
    ],
    [
      'a cue after “agreed to” takes the subject of “agreed”',
      'Lena Ortiz agreed to confirm that the school will reopen.',
      [{ kind: 'indirect', cue: 'confirm', source: 'Lena Ortiz', spans: ['that the school will reopen'] }],
    ],
    [
      'an object before a relative “that” is part of the content',
      'The coach says the players that joined in May have improved the most.',
      [{ kind: 'indirect', cue: 'says', source: 'The coach', spans: ['the players that joined in May have improved the most'] }],
    ],
    [
      'a noun phrase with a clause after “that” is part of the content',
      'The council denied the rumour that the pool would close in June.',
      [{ kind: 'indirect', cue: 'denied', source: 'The council', spans: ['the rumour that the pool would close in June'] }],
    ],
    [
      'a bare noun before “that” is not',
      'The council denied reports that the pool would close in June.',
      [{ kind: 'indirect', cue: 'denied', source: 'The council', spans: ['that the pool would close in June'] }],
    ],
    [
      'a time phrase before “that” is not content',
      'The coach said this morning that the team would rest.',
      [{ kind: 'indirect', cue: 'said', source: 'The coach', spans: ['that the team would rest'] }],
    ],
    [
      'a hearer before “that” is not content',
      'The inspector warned the council that the roof could fall.',
      [{ kind: 'indirect', cue: 'warned', source: 'The inspector', spans: ['that the roof could fall'] }],
    ],
    [
      'a comma, a coordinator and a new subject with its own reporting verb end the content',
      'Most parents said the school was safe, and a third of the teachers said it needed repairs.',
      [
        { kind: 'indirect', cue: 'said', source: 'Most parents', spans: ['the school was safe'] },
        { kind: 'indirect', cue: 'said', source: 'a third of the teachers', spans: ['it needed repairs'] },
      ],
    ],
    [
      'a comma and a coordinator without a reporting verb after them do not',
      'The mayor said the park would close, and the pool would open in June.',
      [{ kind: 'indirect', cue: 'said', source: 'The mayor', spans: ['the park would close, and the pool would open in June'] }],
    ],
    [
      'a source ending in an initialism with its period',
      'The S.E.C. said it would review the filings.',
      [{ kind: 'indirect', cue: 'said', source: 'The S.E.C.', spans: ['it would review the filings'] }],
    ],
    [
      'a source ending in an abbreviation with its period',
      'Acme Corp. said the plant would reopen.',
      [{ kind: 'indirect', cue: 'said', source: 'Acme Corp.', spans: ['the plant would reopen'] }],
    ],
    [
      'a sentence in brackets: the closing bracket is not content',
      'The vote was delayed. (The council denied the report about the budget.)',
      [{ kind: 'indirect', cue: 'denied', source: 'The council', spans: ['the report about the budget'] }],
    ],
    [
      'a bracket opened after the content start ends the content there, not at its closing bracket',
      'The mayor said the fee would rise (by two percent).',
      [{ kind: 'indirect', cue: 'said', source: 'The mayor', spans: ['the fee would rise'] }],
    ],
    [
      'asking: the hearer before a question is not content',
      'The reporter asked the senator whether the bill would pass.',
      [{ kind: 'indirect', cue: 'asked', source: 'The reporter', spans: ['whether the bill would pass'] }],
    ],
    [
      'asking: the hearer before an infinitive is not content',
      'The coach asked Maria Diaz to lead the team.',
      [{ kind: 'indirect', cue: 'asked', source: 'The coach', spans: ['to lead the team'] }],
    ],
    [
      'asking: an object without a question or an infinitive after it stays content',
      'The editor asked the panel several hard questions.',
      [{ kind: 'indirect', cue: 'asked', source: 'The editor', spans: ['the panel several hard questions'] }],
    ],
    [
      'encouraging: the hearer and the infinitive are the content',
      'The mayor encouraged residents to recycle more often.',
      [{ kind: 'indirect', cue: 'encouraged', source: 'The mayor', spans: ['residents to recycle more often'] }],
    ],
    [
      'a short bracket after a name is part of the content',
      'The mayor said Sen. Jane Roe (D-Ore.) would back the bill.',
      [{ kind: 'indirect', cue: 'said', source: 'The mayor', spans: ['Sen. Jane Roe (D-Ore.) would back the bill'] }],
    ],
    [
      'a longer aside in brackets ends the content',
      'The mayor said the plan (first drawn up in the spring of last year) would pass.',
      [{ kind: 'indirect', cue: 'said', source: 'The mayor', spans: ['the plan'] }],
    ],
    [
      'a short answer as the content',
      'Half of the members said so.',
      [{ kind: 'indirect', cue: 'said', source: 'Half of the members', spans: ['so'] }],
    ],
    [
      'a short answer before an adjunct',
      'The campaign manager said as much in an interview on Monday.',
      [{ kind: 'indirect', cue: 'said', source: 'The campaign manager', spans: ['as much'] }],
    ],
    [
      'a short answer word that goes on after a comma is not cut there',
      'The crowd said yes, yes and yes again to every question from the stage.',
      [{ kind: 'indirect', cue: 'said', source: 'The crowd', spans: ['yes, yes and yes again to every question from the stage'] }],
    ],
    [
      'evidence with an “of” phrase after its head noun',
      'A video of the meeting shows the mayor leaving early.',
      [{ kind: 'indirect', cue: 'shows', source: 'A video of the meeting', spans: ['the mayor leaving early'] }],
    ],
    [
      'a quantity pronoun as the source',
      'To varying degrees, all agreed that the tax would rise.',
      [{ kind: 'indirect', cue: 'agreed', source: 'all', spans: ['that the tax would rise'] }],
    ],
    [
      'an aside between dashes after the source',
      'The judges -- Ana Roe, Tom Doe and Lea Poe -- agreed that the law was void.',
      [{ kind: 'indirect', cue: 'agreed', source: 'The judges', spans: ['that the law was void'] }],
    ],
    [
      'an aside between long dashes after the source',
      'The panel — five judges in all — said the law was void.',
      [{ kind: 'indirect', cue: 'said', source: 'The panel', spans: ['the law was void'] }],
    ],
    [
      '“Even” before the subject of a sentence is not part of the source',
      'Even China, the only ally of the regime, said it was opposed to the test.',
      [{ kind: 'indirect', cue: 'said', source: 'China', spans: ['it was opposed to the test'] }],
    ],
    [
      '“it” for evidence named in the sentence before',
      'The police released a video on Friday. It shows an officer running toward the car.',
      [{ kind: 'indirect', cue: 'shows', source: 'It', spans: ['an officer running toward the car'] }],
    ],
    [
      'a plural head before a prepositional phrase agrees with a bare “say”',
      'Political observers in the state and around the country say the senator deserves the post.',
      [{ kind: 'indirect', cue: 'say', source: 'Political observers', spans: ['the senator deserves the post'] }],
    ],
    [
      'a quantity of a relative group as the source',
      'He met the families, many of whom say the rules are unfair.',
      [{ kind: 'indirect', cue: 'say', source: 'many of whom', spans: ['the rules are unfair'] }],
    ],
    [
      'a “from” adjunct before “that” is stepped over',
      'The mayor said from the podium that the plan failed.',
      [{ kind: 'indirect', cue: 'said', source: 'The mayor', spans: ['that the plan failed'] }],
    ],
    [
      'a “during” adjunct before “that” is stepped over',
      'The mayor said during the meeting that taxes would rise.',
      [{ kind: 'indirect', cue: 'said', source: 'The mayor', spans: ['that taxes would rise'] }],
    ],
    [
      '“call” with a possessive object and a predicate',
      'Ana Roe called her vote on the war a mistake.',
      [{ kind: 'indirect', cue: 'called', source: 'Ana Roe', spans: ['her vote on the war a mistake'] }],
    ],
    [
      '“call” with an object pronoun and a predicate noun phrase',
      'The senator called him a liar and a fraud.',
      [{ kind: 'indirect', cue: 'called', source: 'The senator', spans: ['him a liar and a fraud'] }],
    ],
    [
      'headline colon',
      'Lindqvist: Tariffs will hurt farmers.\n\nThe trade minister spoke on Monday.',
      [{ kind: 'indirect', cue: ':', source: 'Lindqvist', spans: ['Tariffs will hurt farmers'] }],
    ],
  ])('%s', (_name, text, want) => {
    expect(drafts(text)).toEqual(want);
  });

  it('honours config.extraSpeechVerbs', () => {
    const text = 'The coach harrumphed that the referee was blind.';
    expect(drafts(text)).toEqual([]);
    const config = { ...defaultConfiguration(), extraSpeechVerbs: ['harrumph'] };
    expect(run(text, config).drafts.map((d) => summary(text, d))).toEqual([
      { kind: 'indirect', cue: 'harrumphed', source: 'The coach', spans: ['that the referee was blind'] },
    ]);
  });

  it('gives every source and cue mention exact offsets', () => {
    const text = 'Yesterday, the Russian diplomat noted that talks would resume.';
    const [d] = run(text).drafts;
    expect(d?.source).toEqual({ start: 11, end: 31, text: 'the Russian diplomat' });
    expect(d?.cue).toEqual({ start: 32, end: 37, text: 'noted' });
    expect(d?.spans).toEqual([{ start: 38, end: 61 }]);
  });
});

describe('attribute: the phrase a relative-word source stands for', () => {
  it.each<[string, string, string | null]>([
    ['a noun phrase right before “who”', 'He was disavowing remarks made by a campaign surrogate who said voters should stay home.', 'a campaign surrogate'],
    ['an appositive after a name (stage 4 looks further back for the name)', 'Mr. Guerrero, a Republican who described himself as religious, said he liked the message.', 'a Republican'],
    ['a plural noun after “of”', 'It shows the difficulty of changing the minds of Americans who say they want ready access to firearms.', 'Americans'],
    ['a singular noun after “of” keeps the whole phrase', 'He met the co-founder of the fund who said the market would fall.', 'the co-founder of the fund'],
    ['a verb form before the noun is dropped', 'The president rebuked critics who said the plan would fail.', 'critics'],
    ['a name before “who” is no phrase to read (stage 4 resolves it)', 'Reporters met Karl Holm, who said the bridge was safe.', 'Karl Holm'],
    ['“that” after a noun', 'Sanders is releasing a new ad that says voters should stay home.', 'a new ad'],
  ])('%s', (_label, text, expected) => {
    const [d] = run(text).drafts.filter((x) => x.source && /^(?:who|which|that)$/u.test(x.source.text));
    expect(d?.antecedent?.text ?? null).toBe(expected);
    if (d?.antecedent) expect(text.slice(d.antecedent.start, d.antecedent.end)).toBe(d.antecedent.text);
  });

  it.each<[string, string]>([
    ['a source that is no relative word', 'Karl Holm said the bridge was safe.'],
    ['a pronoun before “who”', 'The vote went to those who said the bridge was safe.'],
    ['“Who” in capitals, a question word', 'Who said the bridge was safe? Nobody knows.'],
  ])('none for %s', (_label, text) => {
    for (const d of run(text).drafts) expect(d.antecedent).toBeNull();
  });
});

describe('attribute: things that are not statements', () => {
  it.each([
    ['a section heading in the body: a name and a few words with no verb', 'The race goes on.\n\nKasich: Now or never.\n\nThe governor has held more than 100 town halls.'],
    ['a list of names after a colon', 'The panel met on Monday.\n\nIowa: Tim Albrecht, Brad Anderson, Rob Barron and Jeff Boeyink.'],
    ['a credit line', 'The vote was close.\n\nContributing: Nicholas Zazulia, Medill News Service.'],
    ['a bulleted list after a short quotation', 'The hall was quiet.\n\n“We will win.”\n\n- Jobs for everyone\n- Lower Taxes'],
    ['a noun after “and”, then “from”', 'He drew criticism from the left and praise from conservatives after the vote.'],
    ['a passive after “and”, then “by”', 'Instead of a quick fall, Assad, aided by the Russians and opposed by the U.S., held on for years.'],
    ['a scare quote in narrative', 'The army launched a “special operation” near the border.'],
    ['a quoted title', 'She starred in “Winter Light” last year.'],
    ['a colon after a word that is no word for speech', 'The vote was close. The ferry company had one goal: “more boats”.'],
    ['a five-word quotation opening a sentence, with no cue anywhere', 'The hall was quiet. “A long way to go.” The band played on.'],
    ['a title line "Name on Topic:" with no quotation', 'Ruiz on the Ferry Plan: The Costs Are Rising\n\nThe mayor spoke on Monday.'],
    ['a noun cue after a determiner before a quoted name', 'The island has a new show. The show, “Island Life,” ran for years.'],
    ['a short introductory gerund phrase before ", X said"', 'The ferry left early. Campaigning in the harbour, he said.'],
    ['a cue in -ing after "after" inside an aside, with no statement before it in the sentence', 'The mayor, after praising the crew, closed the pier.'],
    ['an infinitive after an expletive "it"', 'It is hard to say whether the pier is safe.'],
    ['an infinitive after a noun with no reporting word', 'The mayor has nothing to say about the pier.'],
    ['"show" as an infinitive of purpose', 'The crew came early to show the pier was safe.'],
    ['"support" as a noun', 'Ana Ruiz has 38 percent support in the poll. Support for the plan grew. The plan has strong support among voters.'],
    ['"offer" as a noun', 'The offer was rejected. He accepted their offer of help. Offers poured in.'],
    ['"reference" as a noun', 'The reference was clear. She made a reference to the pier.'],
    ['"rules" and "ruling" as nouns', 'The rules are clear. The ruling came on Monday. New harbour rules take effect in May.'],
    ['a participle cue in capitals or opening a title-case line', 'WARNING: Video contains graphic images.\n\nRailing Against Tax Breaks, Sanders Wins Votes In Ohio'],
    ['a participle cue that opens the sentence before an occasion for speaking, which it ends', 'Concluding the conversation, the two mayors agreed to meet again. Opening the meeting, the chair sat down.'],
    ['a quoted title with a number in it', 'Ana Ruiz sings to the crowd in a clip of ‘The 411.’'],
    ['a headline without a cue', 'Ten years after the flood: the valley rebuilds\n\nThe valley was rebuilt.'],
    ['narration', 'The delegation arrived in Baku and visited the old town.'],
    ['asked without a question', 'She asked for a recount and waited.'],
    ['reading without a quotation', 'She read the report twice and left the room.'],
    ['the United States', 'The United States began airstrikes in 2014.'],
    ['a possessive before a noun cue', 'Editor’s note: this story was updated.'],
    ['an agreement to act', 'The two leaders agreed to continue their contacts.'],
    ['an initialism ending a sentence before a capitalised participle', 'The deal was signed in the U.K. Said to be worth millions, it closed in May.'],
    ['begging for something', 'She begged for more time.'],
    ['an evidence noun modifying another noun', 'The video store shows old films on Fridays.'],
    ['a quantity pronoun in a passive idiom', 'When all is said and done, the vote was fair.'],
    ['a single dash before a cue with no source', 'The mayor spoke for two hours — said little about the budget, though.'],
    ['“even so” without a cue', 'Even so, the vote was close.'],
    ['“it shows” with no evidence before it', 'The team won again on Sunday. It shows how good the players are.'],
    ['a bare “say” after singular nouns only', 'The head of the company say the plan works.'],
    ['a quantity of a relative group without a cue', 'He met the families, some of whom left early, on Monday.'],
    ['a byline: reported from a place', 'Jane Roe reported from Kabul.'],
    ['a byline: reporting by a person', 'Reporting by Jane Roe; editing by Tom Doe.'],
    ['a time adjunct after a cue with no content', 'She wrote during the night.'],
    ['calling someone at a time', 'She called him at noon.'],
    ['a thing as the subject before a colon and a quotation', 'The sign on the door was blunt: “No entry after dark for anyone.”'],
    ['a gerund after “by” that reports nothing', 'The team won the cup by scoring twice.'],
    ['a statement noun without a possessor', 'The claim that the dam would fail was false.'],
    ['a statement noun with no “that” after it', 'Her statement was long and nobody read it.'],
    ['calling someone back', 'She called him back later that day.'],
    ['continuing to act', 'The council continues to fund the night buses.'],
    ['continuing to act after an auxiliary', 'Prices will continue to climb through the winter.'],
    ['a passive cue', 'Lopez was named the winner of the vote.'],
    ['a verb followed by a preposition', 'Voters are thinking about the economy.'],
    ['a standing in the polls', 'The mayor has a clear lead in the polls this spring.'],
    ['a place near the polls', 'They voted in a school hall near the polls.'],
    ['a quotation after a passive verb', 'The ship was renamed the “Northern Star” last year.'],
    ['a quotation after an inanimate subject', 'The museum opened a “living history” wing in May.'],
    ['a quotation in a relative clause far from the verb', 'Ruiz visited the farm that grows the “winter pear” variety.'],
    ['calling into a show', 'Voters called into the radio show all night.'],
    ['a thing called by a name', 'They hiked to a creek, called Miller Run, at dawn.'],
    ['a dash after a quotation before a lower-case clause', 'The “quiet years” — and nothing more — ended in May.'],
    ['a wish with nothing after it', 'Stay if you want.'],
    ['seeing without an object', 'We will see.'],
    ['attacks as a noun', 'The attacks on the convoy stopped in June.'],
    ['a rating without a quotation', 'The agency rated the bonds highly.'],
    ['a person found something', 'The hikers found a wallet near the lake.'],
    ['a thing shown by a person', 'The guide showed the tourists the old mill.'],
    ['an active expectation is an intention', 'The team expected to win the cup.'],
    ['“appeared” without an infinitive', 'The band appeared on stage at nine.'],
    ['“expected” as an adjective', 'The expected rain never came.'],
    ['naming without a quotation', 'The army calls it a special operation.'],
    ['empty text', ''],
    ['quotation marks only', '“”'],
  ])('%s', (_name, text) => {
    expect(drafts(text)).toEqual([]);
  });

  it('never throws on messy text', () => {
    const messy = '<p>“Hi’ ‘there” «» \u0000 \uFFFD ”“ said: said, said. ” ’ ‘ \'\' `` \n\n\n“ said';
    expect(() => run(messy)).not.toThrow();
  });
});
