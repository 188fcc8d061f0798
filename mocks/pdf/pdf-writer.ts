import type { jsPDF } from 'jspdf';

// The 14 standard PDF fonts only know WinAnsi: Latin-1 plus these. jsPDF writes
// a string with any other character as garbled 16-bit text, so those are replaced.
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const lookalikes: Record<string, string> = { '−': '-', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i' };

function printable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtras.has(char);
}

/** Text the standard fonts can show: accents kept where Latin-1 has them, the rest approximated. */
export function winAnsi(text: string): string {
  return Array.from(text.normalize('NFC'), (char) => {
    if (printable(char)) return char;
    const base = lookalikes[char] ?? char.normalize('NFD').replace(/\p{M}/gu, '');
    return base !== '' && Array.from(base).every(printable) ? base : '?';
  }).join('');
}

const pageTop = 20;
const pageBottom = 280;
export const margin = 18;
export const contentRight = 192;

interface TextOptions {
  x?: number;
  size?: number;
  bold?: boolean;
  align?: 'left' | 'right';
  /** Shortens the text with an ellipsis so it ends before the next column. */
  maxWidth?: number;
}

/** Writes top to bottom on A4 pages (millimetres), starting a new page when one is full. */
export class PdfWriter {
  private y = pageTop;

  constructor(private readonly pdf: jsPDF) {
    pdf.setFont('helvetica', 'normal');
  }

  /** One line of text; several cells on the same line share `advance`. */
  text(text: string, { x = margin, size = 10, bold = false, align = 'left', maxWidth }: TextOptions = {}): this {
    this.pdf.setFont('helvetica', bold ? 'bold' : 'normal').setFontSize(size);
    this.pdf.text(this.fitted(winAnsi(text), maxWidth), x, this.y, { align });
    return this;
  }

  /** Moves down by about one line of `size` points. */
  advance(size = 10): this {
    this.y += size * 0.5;
    if (this.y > pageBottom) {
      this.pdf.addPage();
      this.y = pageTop;
    }
    return this;
  }

  line(text: string, options: TextOptions = {}): this {
    return this.text(text, options).advance(options.size);
  }

  /** A paragraph wrapped to the content width. */
  paragraph(text: string, size = 10): this {
    this.pdf.setFont('helvetica', 'normal').setFontSize(size);
    for (const part of this.pdf.splitTextToSize(winAnsi(text), contentRight - margin) as string[]) this.line(part, { size });
    return this;
  }

  private fitted(text: string, maxWidth: number | undefined): string {
    if (maxWidth === undefined || this.pdf.getTextWidth(text) <= maxWidth) return text;
    let cut = text;
    while (cut.length > 1 && this.pdf.getTextWidth(`${cut}…`) > maxWidth) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
  }

  gap(millimetres = 4): this {
    this.y += millimetres;
    return this;
  }
}
