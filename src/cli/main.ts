// The claimtrack command-line tool (dist/cli.js). A separate entry: the library never imports it.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
// The package imports itself by name (Node's self-reference through `exports`), so that dist/cli.js reuses
// dist/index.js instead of bundling a second copy of the library. tsconfig `paths` maps it to src for type-checking.
import { InvalidInputError, parseArticle, type ParsedArticle, type Statement } from 'claimtrack';
import pkg from '../../package.json';

const HELP = `claimtrack ${pkg.version}: who said what, when, and what happened, in English news articles.

Usage:
  claimtrack parse FILE|- [--published YYYY-MM-DD] [--title TEXT] [--id ID] [--json]

  FILE                    the article as plain UTF-8 text; "-" reads it from standard input

Options:
  -p, --published DATE    the article's publication date; relative dates ("yesterday") resolve against it
  -t, --title TEXT        the headline
      --id ID             the article id (default: derived from a hash of the text)
  -j, --json              print the parse as JSON instead of a summary
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 success, 1 the file cannot be read, 2 wrong usage.
Example:
  claimtrack parse seeds/000_582b2b9eb54bbc5e.txt --published 2021-05-10
`;

class UsageError extends Error {}

function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The readable summary of a parse. */
function summary(parsed: ParsedArticle): string {
  const out: string[] = [];
  const { article, speakers, statements, claims, events, issues } = parsed;
  const name = new Map(speakers.map((s) => [s.id, s.name]));
  const names = (ids: readonly string[]): string => ids.map((id) => name.get(id) ?? id).join(', ');
  out.push(`Article ${article.id}${article.title ? `: ${clip(article.title, 100)}` : ''}`);
  out.push(`  published ${article.publishedAt ?? 'unknown (relative dates stay unresolved)'}; ${article.text.length} characters`);
  out.push(
    `  ${speakers.length} speakers, ${statements.length} statements, ${claims.length} claims, ${events.length} events, ${issues.length} issues`,
  );

  const line = (st: Statement): string => {
    const cue = st.cue ? ` (${st.cue.text})` : '';
    const when = st.date?.value ? ` [${st.date.value}]` : '';
    const where = st.place ? ` [in ${st.place}]` : '';
    const others = st.speakerIds.length > 1 ? ` [with ${names(st.speakerIds)}]` : '';
    return `    - ${st.kind}${cue}${when}${where}${others}: "${clip(st.text)}"`;
  };

  out.push('', `Speakers and their statements (${speakers.length})`);
  for (const sp of speakers) {
    const extra = [sp.kind, ...sp.titles.slice(0, 2)];
    if (sp.aliases.length) extra.push(`also: ${sp.aliases.slice(0, 4).join(', ')}`);
    out.push(`  ${sp.name} (${extra.join('; ')})`);
    const own = statements.filter((st) => st.speakerIds.includes(sp.id));
    if (!own.length) out.push('    (no statements)');
    for (const st of own) out.push(line(st));
  }
  const unattributed = statements.filter((st) => st.speakerIds.length === 0);
  if (unattributed.length) {
    out.push('', `Unattributed statements (${unattributed.length})`);
    for (const st of unattributed) out.push(line(st));
  }

  out.push('', `Events (${events.length})`);
  for (const ev of events) {
    const parts = [ev.type + (ev.cameo ? ` (CAMEO ${ev.cameo})` : '')];
    if (ev.date) parts.push(`on ${ev.date.value ?? `"${ev.date.text}"`}${ev.date.partOfDay ? `, ${ev.date.partOfDay}` : ''}`);
    if (ev.place) parts.push(`in ${ev.place}`);
    const who = ev.participants.map((p) => `${name.get(p.speakerId) ?? p.speakerId}${p.role ? ` (${p.role})` : ''}`);
    if (who.length) parts.push(`with ${who.join(', ')}`);
    if (ev.alternativeDates?.length) parts.push(`other dates: ${ev.alternativeDates.map((d) => d.value ?? d.text).join(', ')}`);
    const first = ev.mentions[0];
    out.push(`  - ${parts.join('; ')}${first ? `: "${clip(first.text, 80)}"` : ''}`);
  }

  out.push('', `Claims (${claims.length}, most check-worthy first)`);
  const ranked = [...claims].sort((a, b) => b.checkworthiness - a.checkworthiness);
  for (const cl of ranked) {
    const by = cl.speakerIds.length ? ` ${names(cl.speakerIds)}:` : '';
    out.push(`  - [${cl.kind} ${cl.checkworthiness.toFixed(2)}${cl.negated ? ' negated' : ''}]${by} "${clip(cl.text)}"`);
  }

  if (issues.length) {
    out.push('', `Issues (${issues.length})`);
    for (const is of issues) out.push(`  - ${is.code}${is.span ? ` at ${is.span.start}` : ''}: ${is.message}`);
  }
  return `${out.join('\n')}\n`;
}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        published: { type: 'string', short: 'p' },
        title: { type: 'string', short: 't' },
        id: { type: 'string' },
        json: { type: 'boolean', short: 'j' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const [command, file, ...rest] = positionals;
  if (command === undefined) throw new UsageError('missing command (try: claimtrack parse FILE)');
  if (command !== 'parse') throw new UsageError(`unknown command "${command}" (the only command is "parse")`);
  if (file === undefined) throw new UsageError('parse: missing FILE (a path, or "-" for standard input)');
  if (rest.length) throw new UsageError(`parse: unexpected argument "${rest[0]}"`);

  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    process.stderr.write(`claimtrack: cannot read ${file === '-' ? 'standard input' : file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  let parsed: ParsedArticle;
  try {
    parsed = parseArticle(text, {
      ...(values.published !== undefined ? { publishedAt: values.published } : {}),
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(values.id !== undefined ? { id: values.id } : {}),
    });
  } catch (e) {
    if (e instanceof InvalidInputError) throw new UsageError(e.message.replace(/^parseArticle: /u, 'parse: '));
    throw e;
  }
  process.stdout.write(values.json ? `${JSON.stringify(parsed, null, 2)}\n` : summary(parsed));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`claimtrack: ${e.message}\nRun "claimtrack --help" for usage.\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`claimtrack: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  }
}
