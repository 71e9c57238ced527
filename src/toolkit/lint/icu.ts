/** ICU MessageFormat as the rules read it: parsing with positions, and what a parsed message holds and shows. */
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';

const icuOptions = { requiresOtherClause: true, captureLocation: true } as const;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Why a text is not valid ICU: the parser's error kind, and where in the text it was found. */
export interface IcuError {
  readonly kind: string;
  readonly offset: number;
}

/** Parses a text as ICU MessageFormat, with locations; an error is returned, not thrown, as the linter reports it. */
export const parseIcu = (text: string): { readonly elements: MessageFormatElement[] } | { readonly error: IcuError } => {
  try {
    return { elements: parse(text, icuOptions) };
  } catch (error) {
    const kind = error instanceof Error ? error.message : String(error);
    const offset = (error as { location?: { start?: { offset?: number } } }).location?.start?.offset ?? 0;
    return { error: { kind, offset } };
  }
};

/** A placeholder of a parsed message, and where it starts in the message. */
export interface Placeholder {
  readonly name: string;
  readonly offset: number;
}

export const placeholdersOf = (elements: readonly MessageFormatElement[]): Placeholder[] =>
  elements.flatMap((element): Placeholder[] => {
    const offset = element.location?.start.offset ?? 0;
    switch (element.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        return [{ name: `{${element.value}}`, offset }];
      case TYPE.select:
      case TYPE.plural:
        return [
          { name: `{${element.value}}`, offset },
          ...Object.values(element.options).flatMap((option) => placeholdersOf(option.value)),
        ];
      case TYPE.tag:
        return [{ name: `<${element.value}>`, offset }, ...placeholdersOf(element.children)];
      default:
        return [];
    }
  });

/** Every element of a message, nested ones included. */
export const walk = (elements: readonly MessageFormatElement[]): MessageFormatElement[] =>
  elements.flatMap((element) => [
    element,
    ...(element.type === TYPE.select || element.type === TYPE.plural
      ? Object.values(element.options).flatMap((option) => walk(option.value))
      : element.type === TYPE.tag
        ? walk(element.children)
        : []),
  ]);

/** The longest text a message can show, in user-perceived characters; arguments count `argumentLength`. */
export const displayLength = (elements: readonly MessageFormatElement[], argumentLength: number): number =>
  elements.reduce((sum, element) => {
    switch (element.type) {
      case TYPE.literal:
        return sum + [...graphemes.segment(element.value)].length;
      case TYPE.select:
      case TYPE.plural:
        return sum + Math.max(0, ...Object.values(element.options).map((option) => displayLength(option.value, argumentLength)));
      case TYPE.tag:
        return sum + displayLength(element.children, argumentLength);
      case TYPE.pound:
        return sum + 2;
      default:
        return sum + argumentLength;
    }
  }, 0);

/** Whether the literal text of a message has letters, for "has it been translated" comparisons. */
export const hasLetters = (elements: readonly MessageFormatElement[]): boolean =>
  walk(elements).some((element) => element.type === TYPE.literal && /\p{L}/u.test(element.value));
