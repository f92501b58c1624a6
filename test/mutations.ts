/** Seeded random edits of a text, for the property tests that hold two ways of reading it equal. */
import fc from 'fast-check';

/** Texts typed or deleted by the mutations: YAML's punctuation, scalars that resolve to other types, comments, odd indentation. */
export const EDITS = ['的', '1', '0', ' ', '\n', ':', '-', '#', '"', "'", '“', '、', 'x', '\n      goal: 新目标', '  ', '&a ', '*a', '- ', '~', 'null', ' # 注', '{', '}', '[', ']', ',',
  '1.5', '-.5', '.5', '1e3', '0x1F', '0o17', '017', 'true', 'False', '.inf', '.NaN', ': ', ': x', '\n- x', '  - x\n', '\n\n', '\t', '\r\n', '"a"', "'a''b'", 'a: b: c', '? ', '|\n  x', '>-', '!!str ', '---\n', '+1', '-0', '{ a: 1 }', '[1, 2]', 'budget:', '\n  foo:', '\n  goal:'];

/**
 * Where in a text, as a fraction of its length, spread over the whole text. Not `fc.double({ min: 0, max: 1 })`:
 * that draws evenly over the floating-point numbers, nearly all of which are tiny, and so puts nine edits in ten
 * at the very start of the text (`editsOf` below still does).
 */
export const where = fc.nat({ max: 1_000_000 }).map((n) => n / 1_000_000);

/** Edits of a text: where (a fraction of its length), how many characters removed there, what is inserted. */
export function editsOf(inserts: readonly string[], maxRemove: number, maxLength: number) {
  return fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: maxRemove }), fc.constantFrom(...inserts)), { minLength: 1, maxLength });
}

export function edited(base: string, edits: readonly (readonly [number, number, string])[]): string {
  let text = base;
  for (const [where, remove, insert] of edits) {
    const at = Math.min(text.length, Math.floor(where * text.length));
    text = text.slice(0, at) + insert + text.slice(at + Math.min(remove, text.length - at));
  }
  return text;
}
