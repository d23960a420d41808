import type { z } from 'zod';

/**
 * Base class of every error claimtrack throws on purpose.
 *
 * @example
 * ```ts
 * try { parseArticle(42 as never); } catch (e) { if (e instanceof ClaimtrackError) console.log(e.name); }
 * ```
 * @category Errors
 */
export class ClaimtrackError extends Error {
  /** `'ClaimtrackError'`, or the subclass's name. */
  override readonly name: string = 'ClaimtrackError';
}

/**
 * Thrown on wrong usage: a text that is not a string, an unknown or invalid option, an invalid date.
 * The message starts with the name of the function that was called (`parseArticle: ...`);
 * `issues` holds the zod issues behind it, and `cause` the original zod error where there is one.
 *
 * @example
 * ```ts
 * try {
 *   parseArticle('text', { publishedAt: 'soon' });
 * } catch (e) {
 *   if (isClaimtrackError(e) && e instanceof InvalidInputError) console.log(e.issues[0]?.path);
 *   //=> ['publishedAt']
 * }
 * ```
 * @category Errors
 */
export class InvalidInputError extends ClaimtrackError {
  /** Always `'InvalidInputError'`. */
  override readonly name = 'InvalidInputError';
  /** The zod issues that describe what is wrong. */
  readonly issues: z.core.$ZodIssue[];

  /**
   * Creates the error; claimtrack's functions do this, users rarely need to.
   *
   * @param message - What is wrong, prefixed with the function name.
   * @param issues - The zod issues behind it.
   * @param options - `cause`: the original error.
   */
  constructor(message: string, issues: z.core.$ZodIssue[] = [], options?: { cause?: unknown }) {
    super(message, options);
    this.issues = issues;
  }
}

/**
 * Tells whether a value is an error thrown by claimtrack.
 *
 * @param value - Anything caught.
 * @returns `true` for a {@link ClaimtrackError} or one of its subclasses.
 * @example
 * ```ts
 * isClaimtrackError(new InvalidInputError('parseArticle: bad'));
 * //=> true
 * ```
 * @category Errors
 */
export function isClaimtrackError(value: unknown): value is ClaimtrackError {
  return value instanceof ClaimtrackError;
}
