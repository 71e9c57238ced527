/** How long a title or a button label may be: the `max-length` rule's limits, which `lintLocales` takes as options. */

/** Maximum lengths in user-perceived characters, with `{provider}` counted as `providerLength`. */
export interface LengthLimit {
  /** In the source locale. */
  readonly source: number;
  /** In translations: a phone's heading or button is no wider in another language. */
  readonly translation: number;
}

/** Length limits for titles (`title`, `titleWithProvider`) and button labels (`label`). */
export interface LengthLimits {
  readonly title?: LengthLimit;
  readonly label?: LengthLimit;
}

export const defaultLimits = { title: { source: 40, translation: 40 }, label: { source: 24, translation: 24 } } as const;
