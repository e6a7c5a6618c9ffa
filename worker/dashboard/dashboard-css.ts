/**
 * The dashboard's one stylesheet, served from `/assets/dashboard.css` (the Content-Security-Policy
 * allows no inline style). Colours keep ≥ 4.5:1 contrast; focus is always visible; print drops
 * the navigation and forms.
 */
export const DASHBOARD_CSS = `
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#1a1a1a;background:#fff}
a{color:#0b4f9c}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
header{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;border-bottom:1px solid #bbb;padding-bottom:.5rem}
header nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
header nav a[aria-current=page]{font-weight:700}
header .who{margin-left:auto;display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}
h1{font-size:1.5rem;margin:.75rem 0 .5rem}
h2{font-size:1.2rem;margin:1.25rem 0 .5rem}
table{border-collapse:collapse;width:100%;margin-top:1rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #bbb;padding:.4rem .6rem;text-align:left;vertical-align:top}
thead th{background:#eef2f6}
tfoot th,tfoot td{font-weight:600;background:#f6f6f6}
.num{text-align:right;font-variant-numeric:tabular-nums}
form{display:flex;gap:.5rem;align-items:flex-end;flex-wrap:wrap;margin:.5rem 0}
form.stack{flex-direction:column;align-items:flex-start;max-width:28rem}
form.inline{display:inline-flex;margin:0}
label{display:flex;flex-direction:column;gap:.15rem;font-weight:600}
input,select,button,textarea{font:inherit;padding:.3rem .5rem;border:1px solid #666;border-radius:3px}
button{background:#0b4f9c;color:#fff;border-color:#0b4f9c;cursor:pointer}
button.secondary{background:#fff;color:#0b4f9c}
button.danger{background:#a4161a;border-color:#a4161a}
a:focus,input:focus,select:focus,button:focus,textarea:focus,summary:focus{outline:3px solid #1d4ed8;outline-offset:2px}
.note{color:#4a4a4a;font-size:.9rem}
.notice{border-left:4px solid #0b4f9c;background:#eef4fb;padding:.5rem .75rem}
.error{border-left:4px solid #a4161a;background:#fdecec;padding:.5rem .75rem}
.secret{font:1.25rem/1.4 ui-monospace,monospace;background:#f3f3f3;padding:.5rem .75rem;display:inline-block}
form.filters label{font-weight:600}
.actions{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}
.scroll{overflow-x:auto}
table.heatmap th,table.heatmap td{padding:.2rem .35rem;font-size:.85rem;white-space:nowrap}
.h-all{background:#1b5e20;color:#fff}
.h-some{background:#fff3bf;color:#1a1a1a}
.h-fail{background:#b71c1c;color:#fff}
.h-none{background:#fff;color:#1a1a1a}
svg.trend{max-width:40rem;display:block;margin:.5rem 0}
ul.changes{padding-left:1.25rem}
dl.report-meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.5rem 0}
dl.report-meta div{display:contents}
dl.report-meta dt{font-weight:600}
dl.report-meta dd{margin:0}
.status{white-space:nowrap}
.s-met{color:#1b5e20}
.s-fail{color:#a4161a;font-weight:600}
.s-na,.s-none{color:#4a4a4a}
table.matrix th,table.matrix td{padding:.2rem .35rem;font-size:.85rem}
table.matrix th[scope=row]{min-width:14rem}
table.matrix td[data-col=comment]{min-width:18rem;white-space:normal}
table.unit-figures{width:auto}
form.review textarea,form.review select{font-weight:400}
table.matrix td a{text-decoration:none;display:block}
table.matrix td a:hover .status,table.matrix td a:focus .status{text-decoration:underline}
dl.evidence{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:0}
dl.evidence dt{font-weight:600}
dl.evidence dd{margin:0}
dl.evidence blockquote{margin:0;padding-left:.5rem;border-left:3px solid #bbb}
.photos{display:flex;flex-wrap:wrap;gap:.5rem}
.photos img{max-width:10rem;max-height:10rem;border:1px solid #bbb}
.pre{white-space:pre-wrap}
a.link{word-break:break-all}
details.history{margin-top:.5rem}
details.history table{font-size:.85rem}
form.review{flex-direction:column;align-items:stretch;max-width:48rem}
form.review fieldset{border:1px solid #bbb;padding:.5rem .75rem;display:flex;flex-direction:column;gap:.5rem}
label.choice{flex-direction:row;align-items:center;font-weight:400;gap:.5rem}
.comment-row{display:grid;grid-template-columns:1fr 1fr;gap:.5rem;border-top:1px solid #ddd;padding-top:.5rem}
.comment-row label{min-width:0}
.comment-row select{max-width:100%}
.comment-row label:last-child{grid-column:1/-1}
.review-state{border-left:4px solid #0b4f9c;padding:.25rem .75rem}
p.comment{margin:.1rem 0}
@media print{#review-form{display:none}.photos img{max-width:6rem;max-height:6rem}table.matrix th,table.matrix td{font-size:9px;padding:1px 2px}}
@media print{header,form,.skip,.actions{display:none}.scroll{overflow:visible}body{max-width:none;padding:0;font-size:12px}thead th{background:none}.print-hint{display:none}a{color:inherit;text-decoration:none}tr{break-inside:avoid}thead{display:table-header-group}tfoot{display:table-row-group}@page{size:A4 landscape;margin:12mm}}
`;
