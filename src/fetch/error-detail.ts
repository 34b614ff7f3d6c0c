/**
 * One line of plain text from any error, for reports and link details. Playwright's messages
 * carry a multi-line "Call log" coloured with ANSI escapes (which end up verbatim in JSON and
 * HTML reports); what a reader needs is the first line, without the escapes.
 */

// CSI sequences (colours, cursor moves) and the rarer OSC ones (terminal titles, links).
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

export function oneLineError(error: unknown, maxLength = 300): string {
  const raw = error instanceof Error ? error.message : String(error);
  const text = stripAnsi(raw);
  // Everything from "Call log:" on is playwright's step-by-step trace, not the failure.
  const beforeCallLog = text.split(/\n\s*=*\s*Call log:?/i)[0] ?? text;
  const line = beforeCallLog
    .split('\n')
    .map((part) => part.trim())
    .filter((part) => part.length > 0 && !/^=+( logs)?( =+)?$/.test(part))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line || (error instanceof Error ? error.name : 'unknown error');
}
