/**
 * The poster's stylesheet. Sizes inside the sheet are in millimetres and points so that the
 * screen preview is the printed page. Colours follow the site (brand teal); the code itself
 * stays black on white.
 */
export const POSTER_CSS = `
@page { size: A4 portrait; margin: 0; }
:root {
  --brand: #0f4c5c; --brand-soft: #e6f0f2; --ink: #1f2933; --muted: #52606d; --accent: #f2a900;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif;
  color: var(--ink);
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body.poster-page { background: #dfe5eb; }
p, h1 { margin: 0; }

.toolbar { max-width: 210mm; margin: 0 auto; padding: 16px 0 12px; font-size: 15px; }
.toolbar-row { display: flex; flex-wrap: wrap; gap: 10px 18px; align-items: center; }
.toolbar a { color: #1d4ed8; font-weight: 600; }
.toolbar .tip { color: var(--muted); margin-top: 8px; }
.toolbar .warning { margin-top: 10px; padding: 10px 12px; background: #fff4d6; color: #7a4b00; border: 1px solid #f3dfa6; border-radius: 8px; }
.print-button {
  font: inherit; font-weight: 700; color: #fff; background: var(--brand); border: 0; border-radius: 8px;
  padding: 10px 22px; cursor: pointer;
}
.print-button:hover { background: #0b3a47; }
.print-button:focus-visible, .toolbar a:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }

.sheet {
  width: 210mm; height: 297mm; margin: 0 auto 24px; background: #fff; overflow: hidden;
  display: flex; flex-direction: column; box-shadow: 0 6px 28px rgb(15 40 60 / 0.22);
}
.band { background: var(--brand); color: #fff; padding: 7mm 16mm 6mm; text-align: center; border-bottom: 2.2mm solid var(--accent); }
.kicker { font-size: 21pt; font-weight: 800; letter-spacing: 0.09em; text-transform: uppercase; line-height: 1.1; }
.kicker-en { font-size: 12pt; opacity: 0.85; margin-top: 1.5mm; letter-spacing: 0.03em; }

.who { padding: 8mm 16mm 0; text-align: center; }
.organisation { font-size: 11.5pt; color: var(--muted); text-transform: uppercase; letter-spacing: 0.08em; font-weight: 600; }
.unit { color: var(--brand); font-weight: 800; line-height: 1.12; margin-top: 2.5mm; text-wrap: balance; }
.address { font-size: 11pt; color: var(--muted); margin-top: 1.5mm; }
.name-l { font-size: 30pt; }
.name-m { font-size: 24pt; }
.name-s { font-size: 19pt; }
.service {
  display: inline-block; margin-top: 3mm; padding: 1.4mm 5mm; border-radius: 99mm;
  background: var(--brand-soft); color: var(--brand); font-size: 14pt; font-weight: 700;
}

.ask { text-align: center; padding: 6mm 16mm 0; }
.heading { font-size: 19pt; font-weight: 700; }
.heading-en { font-size: 12pt; color: var(--muted); margin-top: 1mm; }

.code { flex: 1; display: flex; flex-direction: column; align-items: center; justify-content: center; padding: 3mm 16mm; }
.frame { position: relative; width: 104mm; height: 104mm; padding: 0; border: 0.9mm solid var(--brand); border-radius: 6mm; overflow: hidden; }
.frame svg { display: block; width: 100%; height: 100%; }
.by-hand { text-align: center; margin-top: 3.5mm; }
.or-type { font-size: 11pt; color: var(--muted); }
.or-type-en { font-size: 9.5pt; color: var(--muted); }
.url {
  margin-top: 2mm; font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: 15pt; font-weight: 700;
  color: var(--ink); word-break: break-all;
}

.instruction {
  margin: 0 14mm; padding: 4.5mm 7mm; display: flex; gap: 6mm; align-items: center;
  background: var(--brand-soft); border-radius: 4mm; border-left: 2.2mm solid var(--accent);
}
.instruction .phone { flex: none; width: 15mm; height: 15mm; color: var(--brand); }
.do { font-size: 15.5pt; font-weight: 800; line-height: 1.25; color: var(--brand); }
.do-en { font-size: 11pt; color: var(--muted); margin-top: 1.2mm; }

.foot { padding: 6mm 16mm 8mm; text-align: center; }
.promise { font-size: 12pt; font-weight: 600; text-wrap: balance; }
.promise-en { font-size: 10pt; color: var(--muted); }
.legal { font-size: 8.5pt; color: var(--muted); margin-top: 3mm; }

.missing { max-width: 210mm; margin: 40px auto; padding: 24px; background: #fff; border-radius: 8px; }

@media print {
  body.poster-page { background: #fff; }
  .toolbar { display: none; }
  .sheet { margin: 0; box-shadow: none; }
}
@media screen and (max-width: 820px) {
  .toolbar { padding-left: 12px; padding-right: 12px; }
  .sheet { zoom: 0.45; }
}
`;
