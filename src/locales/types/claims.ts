/** Language data for the claims stage(s). Owned by that stage; see src/locales/en/claims.ts. */
export interface ClaimsLocale {
  readonly words: readonly string[];
}
