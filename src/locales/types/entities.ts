/** Language data for the entities stage(s). Owned by that stage; see src/locales/en/entities.ts. */
export interface EntitiesLocale {
  readonly words: readonly string[];
}
