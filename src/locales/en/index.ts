import type { LanguagePack } from '../types.js';
import { attribution } from './attribution.js';
import { claims } from './claims.js';
import { dates } from './dates.js';
import { entities } from './entities.js';
import { events } from './events.js';

/** The English language pack. */
export const en = {
  code: 'en',
  attribution,
  entities,
  dates,
  events,
  claims,
} satisfies LanguagePack;
