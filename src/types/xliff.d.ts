// The `xliff` package ships no types; these cover the two XLIFF 2.0 converters `src/xliff.ts` uses.

declare module 'xliff/js2xliff' {
  import type { XliffDocument } from 'xliff/xliff2js';
  /** Writes an XLIFF 2.0 document (2 spaces of indentation by default). */
  export default function js2xliff(document: XliffDocument, options?: { indent?: string }): Promise<string>;
}

declare module 'xliff/xliff2js' {
  /** A text: a string, or parts with inline elements (`<pc>`, `<ph>`…) as objects. */
  export type XliffValue = string | readonly (string | Readonly<Record<string, unknown>>)[];
  export interface XliffUnit {
    source?: XliffValue;
    target?: XliffValue;
    /** One `<note>`, or several. */
    note?: XliffValue | XliffValue[];
    additionalAttributes?: Record<string, string>;
    /** Set on a `<group>` instead of texts. */
    groupUnits?: Record<string, XliffUnit>;
  }
  export interface XliffDocument {
    sourceLanguage?: string;
    targetLanguage?: string;
    /** Units by `<file id>`, then by `<unit id>`. */
    resources: Record<string, Record<string, XliffUnit>>;
    xliffVersion?: string;
  }
  /** Reads an XLIFF 2.x document; `resources` is absent when the version is not 2.x. */
  export default function xliff2js(text: string): Promise<Partial<XliffDocument>>;
}
