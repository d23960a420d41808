/** Language data for the events stage(s). Owned by that stage; see src/locales/en/events.ts. */
export interface EventsLocale {
  readonly words: readonly string[];
}
