import { Range, TextEditorRevealType, type TextEditor } from 'vscode';

/**
 * The topmost visible line of an editor, fractional: how far into that line
 * the view starts, so the preview can follow smoothly.
 */
export function visibleLine(editor: TextEditor): number | undefined {
  const first = editor.visibleRanges[0];
  if (!first) return undefined;
  const line = first.start.line;
  return line + first.start.character / (editor.document.lineAt(line).text.length + 2);
}

/** Scrolls an editor so that a (fractional) line is at its top. */
export function scrollEditorToLine(line: number, editor: TextEditor): void {
  const count = editor.document.lineCount;
  const whole = Math.min(Math.max(0, Math.floor(line)), count - 1);
  const text = editor.document.lineAt(whole).text;
  const start = Math.floor((line - whole) * text.length);
  editor.revealRange(new Range(whole, start, Math.min(whole + 1, count - 1), 0), TextEditorRevealType.AtTop);
}
