/**
 * The review page's only script, served from the app itself as /static/app.js: keyboard
 * (j/k move, a/r/m decide, n note, u undo, o open, / search, ? help), decisions and undo by
 * fetch without reloading, copy buttons on the export page. Every page works without it too
 * (plain forms that post and redirect back).
 *
 * It is written here, type-checked against the DOM, and served as the source text of
 * `reviewClient`: the function must therefore be self-contained (no imports, no references to
 * anything outside its body).
 */
export function reviewClient(): void {
  type DecisionKind = 'accepted' | 'rejected' | 'maybe';
  interface Texts {
    decided: Record<string, string>;
    undone: string;
    nothing: string;
    error: string;
    copied: string;
    undo: string;
    stateNew: string;
  }
  interface DecisionJson {
    ok: boolean;
    error?: string;
    itemId?: string;
    decision?: DecisionKind;
    note?: string | null;
    title?: string;
    line?: string;
    restored?: Restored | null;
    /** Every card an undo touched (a group: all of them). */
    steps?: Array<{ itemId: string; restored: Restored | null }>;
    message?: string | null;
    nothing?: boolean;
  }
  interface Restored {
    decision: DecisionKind;
    note: string | null;
    line?: string;
  }

  // What only works with this script (copy buttons, key hints) shows once it runs: see style.ts.
  document.documentElement.classList.add('js');
  const csrf = document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';
  const textsElement = document.getElementById('client-texts');
  const texts: Texts = textsElement ? (JSON.parse(textsElement.textContent ?? '{}') as Texts) : ({} as Texts);
  const toast = document.getElementById('toast');
  const cards = (): HTMLElement[] => Array.from(document.querySelectorAll<HTMLElement>('article.cand'));
  let current: HTMLElement | null = null;
  let toastTimer: number | undefined;

  function showToast(message: string, withUndo: boolean): void {
    if (!toast) return;
    toast.textContent = '';
    const span = document.createElement('span');
    span.textContent = message;
    toast.appendChild(span);
    if (withUndo) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'toast-undo';
      button.textContent = `${texts.undo} (u)`;
      button.addEventListener('click', () => void undo());
      toast.appendChild(button);
    }
    toast.hidden = false;
    window.clearTimeout(toastTimer);
    toastTimer = window.setTimeout(() => {
      toast.hidden = true;
    }, 6000);
  }

  function select(card: HTMLElement | null, scroll = true): void {
    if (!card) return;
    current?.classList.remove('current');
    current = card;
    card.classList.add('current');
    card.focus({ preventScroll: true });
    if (scroll) card.scrollIntoView({ block: 'nearest' });
  }

  function move(delta: number): void {
    const list = cards();
    if (list.length === 0) return;
    const index = current ? list.indexOf(current) : -1;
    const next = index < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, index + delta));
    select(list[next] ?? null);
  }

  function adjustCount(status: string, delta: number): void {
    document.querySelectorAll<HTMLElement>(`[data-count="${status}"]`).forEach((element) => {
      element.textContent = String(Math.max(0, Number(element.textContent ?? '0') + delta));
    });
  }

  function applyState(card: HTMLElement, decision: DecisionKind | null, note: string | null, line?: string): void {
    const before = card.dataset.status ?? 'new';
    const after = decision ?? 'new';
    if (before !== after) {
      adjustCount(before, -1);
      adjustCount(after, 1);
    }
    card.dataset.status = after;
    card.classList.remove('is-new', 'is-accepted', 'is-rejected', 'is-maybe');
    card.classList.add(`is-${after}`);
    const badge = card.querySelector<HTMLElement>('[data-role="status"]');
    if (badge) badge.textContent = decision ? (texts.decided[decision] ?? decision) : texts.stateNew;
    const noteInput = card.querySelector<HTMLInputElement>('input[name="note"]');
    if (noteInput && note !== undefined) noteInput.value = note ?? '';
    card.querySelectorAll<HTMLButtonElement>('button[name="decision"]').forEach((button) => {
      button.setAttribute('aria-pressed', String(button.value === decision));
    });
    const decided = card.querySelector<HTMLElement>('[data-role="decided"]');
    if (decided) {
      decided.textContent = decision ? (line ?? '') : '';
      decided.hidden = !decision || !line;
    }
  }

  async function post(path: string, fields: Record<string, string>): Promise<DecisionJson> {
    const body = new URLSearchParams({ ...fields, _csrf: csrf });
    const response = await fetch(path, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-Token': csrf },
      body,
      credentials: 'same-origin',
    });
    const json = (await response.json().catch(() => ({ ok: false, error: `HTTP ${response.status}` }))) as DecisionJson;
    if (!response.ok && json.ok !== false) return { ok: false, error: `HTTP ${response.status}` };
    return json;
  }

  async function decide(card: HTMLElement, decision: DecisionKind, advance: boolean): Promise<void> {
    const note = card.querySelector<HTMLInputElement>('input[name="note"]')?.value ?? '';
    card.classList.add('saving');
    try {
      const result = await post('/decide', { item: card.dataset.id ?? '', decision, note });
      if (!result.ok) {
        showToast(`${texts.error}: ${result.error ?? ''}`, false);
        return;
      }
      applyState(card, result.decision ?? decision, result.note ?? null, result.line);
      showToast(`${texts.decided[decision] ?? decision}: «${result.title ?? ''}»`, true);
      if (advance) move(1);
    } catch (error) {
      showToast(`${texts.error}: ${String(error)}`, false);
    } finally {
      card.classList.remove('saving');
    }
  }

  async function undo(): Promise<void> {
    try {
      const result = await post('/undo', {});
      if (!result.ok) {
        showToast(`${texts.error}: ${result.error ?? ''}`, false);
        return;
      }
      if (result.nothing) {
        showToast(texts.nothing, false);
        return;
      }
      const steps = result.steps ?? (result.itemId ? [{ itemId: result.itemId, restored: result.restored ?? null }] : []);
      for (const step of steps) {
        const stepCard = document.getElementById(`c-${step.itemId}`);
        if (stepCard) applyState(stepCard, step.restored?.decision ?? null, step.restored ? step.restored.note : null, step.restored?.line);
      }
      const card = result.itemId ? document.getElementById(`c-${result.itemId}`) : null;
      if (card) select(card);
      showToast(result.message ?? `${texts.undone}: «${result.title ?? ''}»`, false);
    } catch (error) {
      showToast(`${texts.error}: ${String(error)}`, false);
    }
  }

  function toggleHelp(): void {
    const help = document.getElementById('keyboard-help');
    if (help) help.hidden = !help.hidden;
  }

  // Decisions by click: the card's form posts without a reload.
  document.addEventListener('submit', (event) => {
    const form = event.target as HTMLFormElement;
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    if (form.classList.contains('decide')) {
      const card = form.closest<HTMLElement>('article.cand');
      const decision = submitter?.value as DecisionKind | undefined;
      if (!card || !decision) return;
      event.preventDefault();
      select(card, false);
      void decide(card, decision, false);
    } else if (form.classList.contains('undo-form')) {
      event.preventDefault();
      void undo();
    }
  });

  document.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const card = target.closest<HTMLElement>('article.cand');
    if (card && card !== current && !target.closest('a')) select(card, false);
    const copy = target.closest<HTMLElement>('[data-copy]');
    if (copy) void copyText(copy);
    const copyRich = target.closest<HTMLElement>('[data-copy-rich]');
    if (copyRich) void copyHtml(copyRich);
  });

  // Filters apply as soon as a choice changes; picking a day means "chosen dates".
  document.querySelectorAll<HTMLSelectElement>('form.filters select').forEach((element) => {
    element.addEventListener('change', () => element.form?.requestSubmit());
  });
  document.querySelectorAll<HTMLInputElement>('form.filters input[type="date"]').forEach((input) => {
    input.addEventListener('change', () => {
      const period = input.form?.querySelector<HTMLSelectElement>('select[name="period"]');
      if (period) period.value = 'dates';
    });
  });

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    const typing = target.matches('input, textarea, select, [contenteditable]');
    if (typing) {
      const card = target.closest<HTMLElement>('article.cand');
      if (event.key === 'Escape') {
        (target as HTMLInputElement).blur();
        if (card) select(card, false);
      } else if (event.key === 'Enter' && card && target.matches('input[name="note"]')) {
        // Enter saves the note with the decision the item has (a new item keeps it for its decision).
        event.preventDefault();
        const status = card.dataset.status;
        if (status && status !== 'new') void decide(card, status as DecisionKind, false);
        select(card, false);
      }
      return;
    }
    switch (event.key) {
      case 'j':
        move(1);
        break;
      case 'k':
        move(-1);
        break;
      case 'a':
      case 'r':
      case 'm': {
        if (!current) move(1);
        if (!current) return;
        const decision: DecisionKind = event.key === 'a' ? 'accepted' : event.key === 'r' ? 'rejected' : 'maybe';
        void decide(current, decision, true);
        break;
      }
      case 'u':
        void undo();
        break;
      case 'n':
        if (!current) move(1);
        current?.querySelector<HTMLInputElement>('input[name="note"]')?.focus();
        break;
      case 'o': {
        const link = current?.querySelector<HTMLAnchorElement>('h3 a');
        if (link) window.open(link.href, '_blank', 'noopener,noreferrer');
        break;
      }
      case '/':
        document.querySelector<HTMLInputElement>('input[name="q"]')?.focus();
        break;
      case '?':
        toggleHelp();
        break;
      default:
        return;
    }
    event.preventDefault();
  });

  function flash(button: HTMLElement): void {
    const before = button.textContent;
    button.textContent = texts.copied;
    window.setTimeout(() => {
      button.textContent = before;
    }, 1500);
  }

  async function copyText(button: HTMLElement): Promise<void> {
    const source = document.getElementById(button.dataset.copy ?? '') as HTMLTextAreaElement | null;
    if (!source) return;
    try {
      await navigator.clipboard.writeText(source.value);
    } catch {
      source.select();
      document.execCommand('copy');
    }
    flash(button);
  }

  async function copyHtml(button: HTMLElement): Promise<void> {
    const source = document.getElementById(button.dataset.copyRich ?? '');
    if (!source) return;
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([source.innerHTML], { type: 'text/html' }),
          'text/plain': new Blob([source.innerText], { type: 'text/plain' }),
        }),
      ]);
    } catch {
      const range = document.createRange();
      range.selectNodeContents(source);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      document.execCommand('copy');
    }
    flash(button);
  }

  // Start on the card the URL points at (after a no-script post), else on none.
  const start = window.location.hash.startsWith('#c-') ? document.getElementById(window.location.hash.slice(1)) : null;
  if (start) select(start);
}
