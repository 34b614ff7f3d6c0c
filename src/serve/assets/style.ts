/** The review page's stylesheet, served as /static/app.css (system fonts only: it works offline). */
export const STYLE = `
:root { color-scheme: light; --ink: #1d232a; --muted: #5b6672; --line: #d9dee3; --bg: #f6f7f9; --card: #fff;
  --accent: #0b5cad; --accept: #17663a; --reject: #a12a1f; --maybe: #8a5a00; --warn: #9a3412; --focus: #0b5cad; }
* { box-sizing: border-box; }
html { background: var(--bg); }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 0; }
a { color: var(--accent); }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .3rem .6rem; z-index: 10; }
header.top { background: #14304f; color: #fff; display: flex; align-items: center; gap: 1.5rem; padding: .55rem 1.25rem; flex-wrap: wrap; }
header.top .brand { font-weight: 700; letter-spacing: .02em; }
header.top nav { display: flex; gap: .25rem; }
header.top nav a { color: #dce7f3; text-decoration: none; padding: .3rem .7rem; border-radius: .3rem; }
header.top nav a[aria-current="page"] { background: #fff; color: #14304f; font-weight: 600; }
header.top nav a:hover { background: rgba(255,255,255,.15); }
header.top nav a[aria-current="page"]:hover { background: #fff; }
.badge { display: inline-block; min-width: 1.3rem; padding: 0 .35rem; border-radius: 1rem; background: #c2410c; color: #fff; font-size: .75rem; font-weight: 700; text-align: center; margin-left: .25rem; }
header.top .issue-pill { margin-left: auto; font-size: .85rem; color: #dce7f3; }
header.top .issue-pill a { color: #fff; }
header.top form.undo-form button { background: transparent; color: #fff; border: 1px solid rgba(255,255,255,.5); border-radius: .3rem; padding: .2rem .6rem; cursor: pointer; font: inherit; font-size: .85rem; }
main { max-width: 68rem; margin: 0 auto; padding: 1.2rem 1.25rem 5rem; }
h1 { font-size: 1.5rem; margin: .3rem 0 .8rem; }
h2 { font-size: 1.15rem; margin: 1.8rem 0 .6rem; }
.muted { color: var(--muted); }
.notice { background: #fff7ed; border: 1px solid #fdba74; border-radius: .4rem; padding: .5rem .8rem; margin: .6rem 0; }
.error-box { background: #fef2f2; border: 1px solid #fca5a5; border-radius: .4rem; padding: .5rem .8rem; margin: .6rem 0; }
form.filters { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: flex-end; background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: .7rem .9rem; }
form.filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); gap: .15rem; }
form.filters input, form.filters select { font: inherit; font-size: .9rem; padding: .25rem .4rem; border: 1px solid #b9c2cc; border-radius: .3rem; background: #fff; color: var(--ink); }
form.filters input[type="search"] { min-width: 16rem; }
button, .button { font: inherit; font-size: .9rem; padding: .3rem .75rem; border-radius: .3rem; border: 1px solid #8fa0b3; background: #fff; color: var(--ink); cursor: pointer; text-decoration: none; display: inline-block; }
button.primary, .button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
nav.status-tabs { display: flex; gap: .3rem; flex-wrap: wrap; margin: .8rem 0 .3rem; }
nav.status-tabs a { text-decoration: none; padding: .2rem .7rem; border-radius: 1rem; border: 1px solid var(--line); background: #fff; color: var(--ink); font-size: .85rem; }
nav.status-tabs a[aria-current="true"] { background: var(--ink); color: #fff; border-color: var(--ink); }
nav.status-tabs .n { color: inherit; opacity: .7; margin-left: .2rem; }
.period-line { margin: .6rem 0 0; font-size: .9rem; }
.learning-line { margin: .1rem 0 0; font-size: .85rem; color: var(--muted); }
section.sec > h2 { display: flex; align-items: baseline; gap: .5rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; }
section.sec > h2 .n { font-size: .85rem; color: var(--muted); font-weight: 400; }
article.cand { display: grid; grid-template-columns: 1fr 17rem; gap: .4rem 1rem; background: var(--card); border: 1px solid var(--line); border-left: 5px solid #b9c2cc; border-radius: .4rem; padding: .6rem .8rem; margin: .5rem 0; outline: none; }
article.cand.current { box-shadow: 0 0 0 3px var(--focus); }
article.cand.is-accepted { border-left-color: var(--accept); }
article.cand.is-rejected { border-left-color: var(--reject); }
article.cand.is-rejected { background: #f3f4f6; }
article.cand.is-rejected .cand-main, article.cand.is-rejected .cand-head h3 a { color: var(--muted); }
article.cand.is-maybe { border-left-color: #d9a300; }
article.cand.saving { opacity: .7; }
.cand-head { display: flex; gap: .5rem; align-items: baseline; }
.cand-head h3 { font-size: 1.02rem; margin: 0; flex: 1; overflow-wrap: anywhere; }
.cand-head h3 a { text-decoration: none; }
.cand-head h3 a:hover { text-decoration: underline; }
.score { display: inline-block; min-width: 2.6rem; text-align: center; font-weight: 700; background: #e8eef5; border-radius: .3rem; padding: 0 .35rem; font-size: .9rem; }
.state { font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; padding: .05rem .45rem; border-radius: .25rem; background: #eef0f3; color: var(--muted); white-space: nowrap; }
.is-accepted .state { background: #dcfce7; color: var(--accept); }
.is-rejected .state { background: #fee2e2; color: var(--reject); }
.is-maybe .state { background: #fef3c7; color: var(--maybe); }
.byline { margin: .15rem 0 0; font-size: .85rem; color: var(--muted); }
.byline .also { color: #5b21b6; }
.linkstate { font-size: .75rem; padding: 0 .4rem; border-radius: .25rem; border: 1px solid var(--line); white-space: nowrap; }
.linkstate.l-ok { color: var(--accept); border-color: #86efac; }
.linkstate.l-moved { color: var(--maybe); border-color: #fcd34d; }
.linkstate.l-failing, .linkstate.l-dead { color: #fff; background: var(--reject); border-color: var(--reject); }
.summary { margin: .3rem 0; font-size: .9rem; }
.event { margin: .3rem 0; font-weight: 600; }
.history { margin: .2rem 0; font-size: .85rem; color: var(--muted); }
ul.reasons { list-style: none; padding: 0; margin: .2rem 0 0; display: flex; flex-wrap: wrap; gap: .25rem; font-size: .75rem; }
ul.reasons li { background: #f1f3f5; border-radius: .25rem; padding: 0 .4rem; color: var(--muted); }
ul.reasons li.neg { color: var(--warn); }
ul.reasons li.r-learned { background: #ede9fe; color: #5b21b6; }
form.decide { display: flex; flex-direction: column; gap: .35rem; }
form.decide input.note { font: inherit; font-size: .85rem; padding: .25rem .4rem; border: 1px solid #b9c2cc; border-radius: .3rem; width: 100%; }
form.decide .buttons { display: flex; gap: .3rem; }
form.decide .buttons button { flex: 1; padding: .25rem .3rem; font-size: .85rem; white-space: nowrap; }
form.decide button[value="accepted"][aria-pressed="true"] { background: var(--accept); border-color: var(--accept); color: #fff; }
form.decide button[value="rejected"][aria-pressed="true"] { background: var(--reject); border-color: var(--reject); color: #fff; }
form.decide button[value="maybe"][aria-pressed="true"] { background: var(--maybe); border-color: var(--maybe); color: #fff; }
kbd { font: 600 .7rem ui-monospace, SFMono-Regular, Menlo, monospace; border: 1px solid #b9c2cc; border-bottom-width: 2px; border-radius: .2rem; padding: 0 .25rem; background: #f8fafc; color: var(--ink); }
button[aria-pressed="true"] kbd { background: transparent; color: #fff; border-color: rgba(255,255,255,.6); }
.empty { color: var(--muted); font-style: italic; }
#toast { position: fixed; left: 50%; bottom: 1.2rem; transform: translateX(-50%); background: #1d232a; color: #fff; border-radius: .4rem; padding: .5rem .9rem; display: flex; gap: .8rem; align-items: center; box-shadow: 0 4px 16px rgba(0,0,0,.25); max-width: 90vw; z-index: 20; }
#toast[hidden] { display: none; }
#toast button { background: transparent; color: #93c5fd; border: 1px solid #93c5fd; }
aside.keys { position: fixed; right: 1rem; bottom: 1rem; background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: .6rem .9rem; box-shadow: 0 4px 16px rgba(0,0,0,.12); font-size: .85rem; z-index: 15; }
aside.keys[hidden] { display: none; }
aside.keys dl { display: grid; grid-template-columns: auto 1fr; gap: .15rem .7rem; margin: .3rem 0 0; }
aside.keys dt { text-align: right; }
aside.keys dd { margin: 0; }
footer.keys-hint { position: fixed; bottom: 0; left: 0; right: 0; background: rgba(246,247,249,.95); border-top: 1px solid var(--line); font-size: .8rem; color: var(--muted); padding: .3rem 1.25rem; }
table { border-collapse: collapse; width: 100%; background: var(--card); font-size: .88rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .55rem; border-bottom: 1px solid var(--line); }
th { background: #eef1f4; font-weight: 600; }
tr.problem td { background: #fff7f2; }
tr.problem td.outcome { color: var(--warn); font-weight: 700; }
td.url { overflow-wrap: anywhere; }
td.nowrap { white-space: nowrap; }
td.num { text-align: right; }
td.detail { overflow-wrap: anywhere; min-width: 14rem; }
details.all-sources { margin: 1.8rem 0 0; }
details.all-sources summary { cursor: pointer; font-weight: 600; font-size: 1.05rem; margin-bottom: .6rem; }
.cards { display: grid; gap: .8rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: .8rem 1rem; }
.card h2, .card h3 { margin-top: 0; }
form.stack { display: grid; gap: .5rem; max-width: 36rem; }
form.stack label { display: grid; gap: .15rem; font-size: .85rem; color: var(--muted); }
form.stack input { font: inherit; padding: .3rem .45rem; border: 1px solid #b9c2cc; border-radius: .3rem; }
form.stack .row { display: flex; gap: .6rem; }
form.inline { display: inline; }
.actions { display: flex; gap: .5rem; flex-wrap: wrap; align-items: center; margin-top: .5rem; }
.export-block { margin: 1rem 0; }
.export-block textarea { width: 100%; min-height: 14rem; font: .85rem/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; border: 1px solid #b9c2cc; border-radius: .35rem; padding: .5rem; background: #fff; }
.newsletter { background: #fff; border: 1px solid var(--line); border-radius: .4rem; padding: .5rem 1.2rem; font-family: Georgia, "Times New Roman", serif; }
.newsletter h2 { font-family: system-ui, sans-serif; font-size: 1.05rem; border-bottom: 1px solid var(--line); }
.note-list { font-size: .85rem; color: var(--muted); }
@media (max-width: 50rem) { article.cand { grid-template-columns: 1fr; } }
/* Accessibility: where keyboard focus is, always visible (also on the dark header). */
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
header.top :focus-visible { outline-color: #fff; }
/* A date field's focus sits in its inner parts, where :focus-visible on the field does not match. */
input:focus, input:focus-within, select:focus, textarea:focus { outline: 3px solid var(--focus); outline-offset: 1px; }
/* Titles wrap between syllables (the page's lang picks the rules), a word is cut only when nothing else fits. */
.cand-head h3 { overflow-wrap: break-word; hyphens: auto; -webkit-hyphens: auto; min-width: 0; }
/* Phones: nothing wider than the screen; filters wrap, wide tables scroll inside themselves. */
@media (max-width: 40rem) {
  header.top { gap: .4rem .8rem; padding: .5rem .75rem; }
  header.top .issue-pill { margin-left: 0; }
  main { padding: 1rem .75rem 4rem; }
  form.filters { padding: .6rem; }
  form.filters label { flex: 1 1 9rem; min-width: 0; }
  form.filters input, form.filters select { width: 100%; min-width: 0; }
  form.filters input[type="search"] { min-width: 0; }
  table { display: block; overflow-x: auto; }
  td.detail { min-width: 10rem; }
  form.stack .row { flex-wrap: wrap; }
  /* The title gets a line of its own under the score and state: long words then fit whole. */
  .cand-head { flex-wrap: wrap; justify-content: space-between; }
  .cand-head h3 { order: 1; flex: 1 1 100%; }
}
/* Touch screens have no keys to press: the keyboard help and the key hints go. */
@media (hover: none) and (pointer: coarse) {
  footer.keys-hint, aside.keys, kbd { display: none; }
}
.table-scroll { overflow-x: auto; max-width: 100%; }
.source-form label { display: block; font-weight: 600; margin-bottom: .15rem; }
.source-form input:not([type=checkbox]), .source-form textarea, .source-form select { width: 100%; max-width: 40rem; box-sizing: border-box; font: inherit; }
.source-form textarea, .source-form input[name^="select."] { font-family: ui-monospace, monospace; }
.field-error { display: block; color: #b91c1c; font-weight: 600; }
.form-actions button, #probe-form button, #restore-form button, #suggestion-form button { margin-right: .5rem; }
.suggestion code, #probe-items .url, #source-form ~ * code, h3 { overflow-wrap: anywhere; }
blockquote.excerpt { border-left: 3px solid #cbd5e1; margin: .4rem 0; padding: .2rem .8rem; color: var(--muted); overflow-wrap: anywhere; }
header.top .editor { font-size: .85rem; color: #dce7f3; }
header.top .editor a { color: #fff; }
.decided { margin: .2rem 0; font-size: .85rem; color: var(--muted); }
form.reject-rest { margin: .3rem 0 1rem; }
form.editor-form { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: .6rem 1rem; margin: .5rem 0 1rem; }
form.editor-form p { margin: 0 0 .4rem; }
form.editor-form input { font: inherit; padding: .3rem .45rem; border: 1px solid #b9c2cc; border-radius: .3rem; max-width: 100%; }
.carried { font-size: .75rem; padding: .05rem .4rem; border-radius: .3rem; background: #ede9fe; color: #4c1d95; white-space: nowrap; }
/* Without the script, nothing shows that needs it: the copy buttons, the key hints. */
html:not(.js) [data-needs-js], html:not(.js) kbd { display: none !important; }
`;
