import type { ComponentChildren } from 'preact';

// Light inline CSS: the page must read well without scripts and print cleanly (browser print → PDF).
const CSS = `
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem;color:#1a1a1a}
h1{font-size:1.5rem;margin:.5rem 0}
table{border-collapse:collapse;width:100%;margin-top:1rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #bbb;padding:.4rem .6rem;text-align:left;vertical-align:top}
thead th{background:#eef2f6}
tfoot th,tfoot td{font-weight:600;background:#f6f6f6}
.num{text-align:right;font-variant-numeric:tabular-nums}
form{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}
select,button{font:inherit;padding:.25rem .5rem}
a:focus,select:focus,button:focus{outline:3px solid #1d4ed8;outline-offset:2px}
.note{color:#555;font-size:.9rem}
@media print{form{display:none}body{max-width:none;padding:0;font-size:12px}thead th{background:none}}
`;

/** The HTML shell of every dashboard page: Vietnamese, one <main>, no client JavaScript. */
export function PageLayout({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · CongKhai`}</title>
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}
