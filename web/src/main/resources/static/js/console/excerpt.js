const EXCERPT_LENGTH = 120;

/** The start of a long text, for bars and dialogs. */
export function excerpt(text) {
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
}
