/** The page for giving or changing the editor's name. */
import { html } from '../html.js';
import { editorForm, layout, type PageContext } from './layout.js';

export function renderEditorPage(ctx: PageContext, input: { returnPath: string; error?: string }): string {
  const l = ctx.labels;
  const body = html`<h1>${l.editorTitle}</h1>
${editorForm(ctx, input.returnPath, input.error)}`;
  return layout(ctx, { title: l.editorTitle, tab: null, body, returnPath: input.returnPath });
}
