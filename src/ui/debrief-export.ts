// The debrief on paper: one layout of the report drawn by a "pen", either a canvas (exported as
// PNG) or a PDF page (jsPDF, loaded only when asked for: real text, selectable and small, made in
// the browser without eval, so the app's Content-Security-Policy holds).
import type { DebriefReport } from './debrief-report';

interface Pen {
  /** Page width and height in the pen's units. */
  width: number;
  height: number;
  font(size: number, bold?: boolean): void;
  colour(css: string): void;
  text(s: string, x: number, y: number, align?: 'left' | 'right'): void;
  measure(s: string): number;
  rule(x1: number, y: number, x2: number): void;
  /** Another page (PDF), or false when the pen cannot turn pages (the canvas grows instead). */
  newPage(): boolean;
}

const INK = '#111111';
const MUTED = '#555555';
const MARK = '#b35c00';

/** Lays the report out with a pen; returns the height used (for sizing a canvas). */
function layout(r: DebriefReport, pen: Pen, margin: number, unit: number): number {
  let y = margin;
  const right = pen.width - margin;
  const room = (h: number): void => {
    if (y + h > pen.height - margin && pen.newPage()) y = margin;
  };
  const para = (s: string, size: number, bold = false, colour = INK): void => {
    pen.font(size, bold);
    pen.colour(colour);
    for (const line of wrap(s, right - margin, pen)) {
      room(size * 1.35);
      y += size * 1.35;
      pen.text(line, margin, y - size * 0.3);
    }
  };
  para(r.title, unit * 1.7, true);
  para(r.subtitle, unit * 0.9, false, MUTED);
  y += unit * 0.6;
  para(r.headline, unit * 1.05, true, MARK);
  for (const o of r.organisations) {
    y += unit * 0.8;
    para(o.heading, unit * 1.25, true);
    const cols = [margin, margin + (right - margin) * 0.5, margin + (right - margin) * 0.68, right];
    const row = (cells: string[], bold: boolean, colour = INK): void => {
      room(unit * 1.5);
      y += unit * 1.45;
      pen.font(unit * 0.95, bold);
      pen.colour(colour);
      pen.text(cells[0], cols[0], y - unit * 0.4);
      pen.text(cells[1], cols[2] - unit * 0.5, y - unit * 0.4, 'right');
      pen.text(cells[2], cols[2] + (cols[3] - cols[2]) * 0.45, y - unit * 0.4, 'right');
      pen.text(cells[3], cols[3], y - unit * 0.4, 'right');
      pen.colour('#bbbbbb');
      pen.rule(margin, y, right);
    };
    row(['Measure', 'Played', 'Model’s own', 'Difference'], true);
    for (const x of o.rows) row([x.measure, x.player, x.model, x.change], false, x.differs ? MARK : INK);
  }
  y += unit * 0.8;
  para('Turning points', unit * 1.25, true);
  if (r.turningPoints.length === 0) para('None: every answer was the model’s suggestion.', unit, false, MUTED);
  r.turningPoints.forEach((t, i) => para(`${i + 1}. ${t.text}`, unit, t.first));
  if (r.injects.length) {
    y += unit * 0.8;
    para('The facilitator’s injects', unit * 1.25, true);
    for (const s of r.injects) para(`• ${s}`, unit);
  }
  return y + margin;
}

function wrap(s: string, width: number, pen: Pen): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of s.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && pen.measure(next) > width) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

function canvasPen(ctx: CanvasRenderingContext2D, width: number, height: number): Pen {
  return {
    width,
    height,
    font: (size, bold) => {
      ctx.font = `${bold ? '600 ' : ''}${size}px system-ui, sans-serif`;
    },
    colour: (c) => {
      ctx.fillStyle = c;
      ctx.strokeStyle = c;
    },
    text: (s, x, y, align = 'left') => {
      ctx.textAlign = align;
      ctx.fillText(s, x, y);
    },
    measure: (s) => ctx.measureText(s).width,
    rule: (x1, y, x2) => {
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(x1, y + 0.5);
      ctx.lineTo(x2, y + 0.5);
      ctx.stroke();
    },
    newPage: () => false,
  };
}

/** The report drawn on a white canvas, `width` CSS pixels wide at `scale` device pixels each. */
export function debriefCanvas(r: DebriefReport, width = 1000, scale = 2): HTMLCanvasElement {
  const probe = document.createElement('canvas').getContext('2d')!;
  const height = layout(r, canvasPen(probe, width, Infinity), 40, 18);
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = Math.ceil(height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(scale, scale);
  layout(r, canvasPen(ctx, width, Infinity), 40, 18);
  return canvas;
}

export async function debriefPng(r: DebriefReport): Promise<Blob> {
  const canvas = debriefCanvas(r);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the picture could not be made'))), 'image/png'),
  );
}

/** An A4 PDF of the report, with real (selectable) text. */
export async function debriefPdf(r: DebriefReport): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'pt', format: 'a4' });
  doc.setProperties({ title: r.title, subject: 'Quasimarket debrief', creator: 'Quasimarket' });
  // The PDF's standard fonts have no minus sign or bullet: their nearest plain forms.
  const plain = (s: string) => s.replace(/−/g, '-').replace(/•/g, '-');
  const pen: Pen = {
    width: doc.internal.pageSize.getWidth(),
    height: doc.internal.pageSize.getHeight(),
    font: (size, bold) => {
      doc.setFont('helvetica', bold ? 'bold' : 'normal');
      doc.setFontSize(size);
    },
    colour: (c) => {
      doc.setTextColor(c);
      doc.setDrawColor(c);
    },
    text: (s, x, y, align = 'left') => void doc.text(plain(s), x, y, { align }),
    measure: (s) => doc.getTextWidth(plain(s)),
    rule: (x1, y, x2) => {
      doc.setLineWidth(0.5);
      doc.line(x1, y, x2, y);
    },
    newPage: () => {
      doc.addPage();
      return true;
    },
  };
  layout(r, pen, 40, 10);
  return doc.output('blob');
}

/** Saves a blob as a file through the browser's download. */
export function download(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
