/** A text quoted in a problem's message or hint, cut to `max` characters so that a long message stays one line. */
export const quoteText = (text: string, max = 60) => JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
