/** Language data for the dates stage(s). Owned by that stage; see src/locales/en/dates.ts. */
export interface DatesLocale {
  readonly words: readonly string[];
}
