/**
 * Editors' names: each editor gives one once (the page keeps it in a cookie), and decisions
 * record it. A name is text a person reads, so it is cleaned, not trusted: whitespace
 * collapsed, control and text-direction characters refused (a name must read as typed), a
 * sane length.
 */
export const MAX_EDITOR_NAME = 60;

export type EditorNameError = 'editor-name-missing' | 'editor-name-too-long' | 'editor-name-invalid';

export type EditorNameResult = { ok: true; name: string } | { ok: false; error: EditorNameError };

export function parseEditorName(input: string | null | undefined): EditorNameResult {
  const raw = input ?? '';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(raw.replace(/[\t\r\n]/g, ' '))) return { ok: false, error: 'editor-name-invalid' };
  const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!name) return { ok: false, error: 'editor-name-missing' };
  if ([...name].length > MAX_EDITOR_NAME) return { ok: false, error: 'editor-name-too-long' };
  return { ok: true, name };
}
