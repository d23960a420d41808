import type { z } from 'zod';
import type { Claim } from './claim.js';
import type { Event } from './event.js';
import type { Speaker } from './speaker.js';
import type { Statement } from './statement.js';

interface Records {
  speakers: readonly Speaker[];
  statements: readonly Statement[];
  claims: readonly Claim[];
  events: readonly Event[];
}

/**
 * Reports every id that is referred to but does not exist, and every id used twice, as a zod issue with its path.
 * Shared by ParsedArticleSchema and DatasetSchema.
 */
export function checkReferences(
  data: Records & { articleIds?: ReadonlySet<string> },
  ctx: z.core.$RefinementCtx,
): void {
  const report = (path: (string | number)[], message: string): void => {
    ctx.addIssue({ code: 'custom', path, message, input: undefined });
  };
  const ids = (list: readonly { id: string }[], name: string): Set<string> => {
    const set = new Set<string>();
    list.forEach((item, i) => {
      if (set.has(item.id)) report([name, i, 'id'], `duplicate id "${item.id}"`);
      set.add(item.id);
    });
    return set;
  };
  const speakers = ids(data.speakers, 'speakers');
  const statements = ids(data.statements, 'statements');
  ids(data.claims, 'claims');
  ids(data.events, 'events');
  data.statements.forEach((st, i) => {
    st.speakerIds.forEach((id, j) => {
      if (!speakers.has(id)) report(['statements', i, 'speakerIds', j], `unknown speaker id "${id}"`);
    });
    if (data.articleIds && !data.articleIds.has(st.articleId))
      report(['statements', i, 'articleId'], `unknown article id "${st.articleId}"`);
  });
  data.claims.forEach((cl, i) => {
    if (!statements.has(cl.statementId)) report(['claims', i, 'statementId'], `unknown statement id "${cl.statementId}"`);
    cl.speakerIds.forEach((id, j) => {
      if (!speakers.has(id)) report(['claims', i, 'speakerIds', j], `unknown speaker id "${id}"`);
    });
  });
  data.events.forEach((ev, i) => {
    ev.participants.forEach((p, j) => {
      if (!speakers.has(p.speakerId))
        report(['events', i, 'participants', j, 'speakerId'], `unknown speaker id "${p.speakerId}"`);
    });
  });
}
