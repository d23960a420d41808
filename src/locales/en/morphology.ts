/**
 * English inflection for the language pack: the forms of a reporting verb and the plural of a role noun. Regular
 * rules only; irregular forms come from the data (`said`, `written`, a role's own `plural`).
 */

const CONSONANT_Y = /[^aeiou]y$/u;
const SIBILANT = /(?:s|x|z|ch|sh|o)$/u;
const DOUBLED_ED = /([bcdfgklmnprstvz])\1ed$/u;

/** The forms of a verb: base, third person singular, past, past participle, -ing ("say", "says", "said", "said", "saying"). */
export function inflectVerb(base: string, past?: string, participle?: string): string[] {
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

/** The regular plural of a noun or a noun phrase's last word ("minister" → "ministers", "secretary" → "secretaries"). */
export function pluralizeNoun(noun: string): string {
  if (noun.endsWith('s')) return `${noun}es`;
  if (CONSONANT_Y.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}
