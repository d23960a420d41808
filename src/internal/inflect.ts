/** English verb inflection for the reporting-verb lexicon (regular rules; irregular forms come from the data). */

const CONSONANT_Y = /[^aeiou]y$/u;
const SIBILANT = /(?:s|x|z|ch|sh|o)$/u;
const DOUBLED_ED = /([bcdfgklmnprstvz])\1ed$/u;

/** The forms of a verb: base, third person singular, past, past participle, -ing. */
export function inflect(base: string, past?: string, participle?: string): string[] {
  const third = CONSONANT_Y.test(base) ? `${base.slice(0, -1)}ies` : SIBILANT.test(base) ? `${base}es` : `${base}s`;
  const pastForm =
    past ?? (base.endsWith('e') ? `${base}d` : CONSONANT_Y.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`);
  let ing: string;
  if (base.endsWith('ie')) ing = `${base.slice(0, -2)}ying`;
  else if (base.endsWith('e') && !base.endsWith('ee')) ing = `${base.slice(0, -1)}ing`;
  else if (past !== undefined && DOUBLED_ED.test(past) && past.startsWith(base)) ing = `${past.slice(0, -2)}ing`;
  else ing = `${base}ing`;
  return [...new Set([base, third, pastForm, participle ?? pastForm, ing])];
}
