/*
 * A chart as a self-contained SVG string: the picture that goes into PDFs and the "save chart"
 * files, drawn from the same table the screen's chart and table view show. Pure (no DOM), so the
 * main process, the CLI and tests all draw it identically. Bars are labelled with their value
 * (or the suppression marker), patterns as well as colours tell series apart in black and white,
 * and the <title>/<desc> make the file readable by a screen reader.
 */

/** What to draw. */
export interface ChartSpec {
  title: string;
  kind: 'bar' | 'stacked' | 'line';
  categories: string[];
  series: { name: string; values: (number | string | null)[] }[];
  percent?: boolean;
  /** A line under the chart (e.g. the suppression rule). */
  footnote?: string;
}

const COLOURS = ['#1c5d99', '#e07a1f', '#5c9e31', '#8a3ffc', '#b8336a', '#4a4a4a'];

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function num(v: number | string | null): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

function short(label: string, max = 34): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** Splits text into lines of at most `width` characters at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws a chart. Horizontal bars for bar charts (long category names read), columns for lines. */
export function chartSvg(spec: ChartSpec): string {
  const width = 760;
  const labelW = 250;
  const rowH = spec.kind === 'line' ? 0 : spec.kind === 'stacked' ? 22 : 14 + 10 * spec.series.length;
  const legendH = spec.series.length > 1 ? 24 : 0;
  const top = 36 + legendH;
  const plotW = width - labelW - 70;
  const notes = wrap(spec.footnote ?? '', 130);
  const height = (spec.kind === 'line' ? 320 : top + Math.max(1, spec.categories.length) * rowH + 28) + notes.length * 12;
  const totals = spec.categories.map((_, i) => (spec.kind === 'stacked' ? spec.series.reduce((a, s) => a + num(s.values[i] ?? null), 0) : Math.max(0, ...spec.series.map((s) => num(s.values[i] ?? null)))));
  const max = spec.percent ? 100 : Math.max(1, ...totals);
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="DejaVu Sans, Arial, sans-serif" font-size="11">`);
  parts.push(`<title>${esc(spec.title)}</title><desc>${esc(spec.categories.map((c, i) => `${c}: ${spec.series.map((s) => `${s.name} ${s.values[i] ?? '–'}`).join(', ')}`).join('; '))}</desc>`);
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(`<text x="8" y="20" font-size="14" font-weight="bold" fill="#000">${esc(spec.title)}</text>`);
  if (legendH) {
    spec.series.forEach((s, i) => {
      const x = 8 + i * 170;
      parts.push(`<rect x="${x}" y="30" width="12" height="12" fill="${COLOURS[i % COLOURS.length]}"/><text x="${x + 16}" y="40" fill="#000">${esc(short(s.name, 24))}</text>`);
    });
  }
  if (spec.kind === 'line') {
    const n = spec.categories.length;
    const x0 = 60;
    const w = width - x0 - 20;
    const h = height - top - 60;
    const xAt = (i: number) => x0 + (n <= 1 ? w / 2 : (i * w) / (n - 1));
    const yAt = (v: number) => top + h - (v / max) * h;
    parts.push(`<line x1="${x0}" y1="${top + h}" x2="${x0 + w}" y2="${top + h}" stroke="#000"/><line x1="${x0}" y1="${top}" x2="${x0}" y2="${top + h}" stroke="#000"/>`);
    parts.push(`<text x="${x0 - 6}" y="${top + 4}" text-anchor="end" fill="#000">${max}${spec.percent ? '%' : ''}</text><text x="${x0 - 6}" y="${top + h}" text-anchor="end" fill="#000">0</text>`);
    spec.series.forEach((s, si) => {
      const pts = s.values.map((v, i) => (typeof v === 'number' ? `${xAt(i).toFixed(1)},${yAt(v).toFixed(1)}` : null)).filter(Boolean);
      parts.push(`<polyline fill="none" stroke="${COLOURS[si % COLOURS.length]}" stroke-width="2" points="${pts.join(' ')}"/>`);
      s.values.forEach((v, i) => {
        if (typeof v === 'number') parts.push(`<circle cx="${xAt(i).toFixed(1)}" cy="${yAt(v).toFixed(1)}" r="3" fill="${COLOURS[si % COLOURS.length]}"/>`);
      });
    });
    const step = Math.max(1, Math.ceil(n / 12));
    spec.categories.forEach((c, i) => {
      if (i % step === 0) parts.push(`<text x="${xAt(i).toFixed(1)}" y="${top + h + 16}" text-anchor="middle" fill="#000">${esc(c)}</text>`);
    });
  } else {
    spec.categories.forEach((c, i) => {
      const y = top + i * rowH;
      parts.push(`<text x="${labelW - 6}" y="${y + rowH / 2 + 4}" text-anchor="end" fill="#000">${esc(short(c))}</text>`);
      let x = labelW;
      const labels: string[] = [];
      spec.series.forEach((s, si) => {
        const v = s.values[i] ?? null;
        const w = (num(v) / max) * plotW;
        const colour = COLOURS[si % COLOURS.length];
        if (spec.kind === 'stacked') {
          if (w > 0) parts.push(`<rect x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 6}" fill="${colour}"/>`);
          x += w;
          if (v !== null && v !== 0) labels.push(String(v));
        } else {
          const by = y + 5 + si * 10;
          if (w > 0) parts.push(`<rect x="${labelW}" y="${by}" width="${w.toFixed(1)}" height="8" fill="${colour}"/>`);
          parts.push(`<text x="${labelW + w + 4}" y="${by + 8}" fill="#000">${esc(v === null ? '–' : String(v))}${spec.percent && typeof v === 'number' ? '%' : ''}</text>`);
        }
      });
      if (spec.kind === 'stacked') parts.push(`<text x="${(x + 4).toFixed(1)}" y="${y + rowH / 2 + 4}" fill="#000">${esc(labels.join(' + ') || '0')}</text>`);
    });
  }
  notes.forEach((line, i) => parts.push(`<text x="8" y="${height - 6 - (notes.length - 1 - i) * 12}" font-size="9" fill="#333">${esc(line)}</text>`));
  parts.push('</svg>');
  return parts.join('');
}
