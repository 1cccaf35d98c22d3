// Size limits of the reader's input, shared by the page's text and the client.
/** Above this many characters a paste is kept out of the text box (it would make typing slow). */
export const TEXTAREA_MAX = 1 << 20;
/** Inputs larger than this are not read. */
export const INPUT_MAX = 200 * 1024 * 1024;
export const TEXTAREA_LIMIT_MB = TEXTAREA_MAX / (1 << 20);
export const INPUT_LIMIT_MB = INPUT_MAX / (1 << 20);
