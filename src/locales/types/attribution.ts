/** Language data for the attribution stage(s). Owned by that stage; see src/locales/en/attribution.ts. */
export interface AttributionLocale {
  readonly words: readonly string[];
}
