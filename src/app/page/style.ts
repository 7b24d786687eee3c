/**
 * The page's one stylesheet, served at /page.css. Readable at 375 px: one column, no fixed
 * widths, long words wrap; dark text on a light background (contrast above 7:1), visible focus.
 */
export const PAGE_CSS = `*{box-sizing:border-box}
html{font:100%/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fbfaf7}
body{margin:0 auto;max-width:46rem;padding:1rem;overflow-wrap:anywhere}
h1{font-size:1.75rem;line-height:1.2;margin:.5rem 0}
h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:2px solid #6b3e12;padding-bottom:.2rem}
h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
a{color:#0b4f8a}
a:focus-visible{outline:3px solid #6b3e12;outline-offset:2px}
.summary{font-weight:600;color:#333}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
ul.items{padding-left:1.1rem}
ul.items li{margin:.25rem 0}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.35rem .4rem;border-bottom:1px solid #d6d2c8}
th{color:#333;overflow-wrap:normal}
td.n{text-align:right;white-space:nowrap}
.muted{color:#4a4a4a}
blockquote{margin:.5rem 0;padding:.2rem .8rem;border-left:4px solid #d6d2c8;white-space:pre-line}
footer{margin-top:2.5rem;font-size:.9rem;color:#4a4a4a}
`;
