import { encodePng } from './png.js';
import { GLYPH_H, GLYPH_W, glyphPixels } from './tiny-font.js';

export type Rgb = readonly [number, number, number];

/** An RGB pixel canvas with the few drawing operations a scatter plot needs. */
export class Raster {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb = [255, 255, 255],
  ) {
    this.pixels = new Uint8Array(width * height * 3);
    for (let i = 0; i < width * height; i++) this.pixels.set(background, i * 3);
  }

  set(x: number, y: number, c: Rgb): void {
    const px = Math.round(x);
    const py = Math.round(y);
    if (px < 0 || py < 0 || px >= this.width || py >= this.height) return;
    this.pixels.set(c, (py * this.width + px) * 3);
  }

  get(x: number, y: number): Rgb {
    const i = (y * this.width + x) * 3;
    return [this.pixels[i]!, this.pixels[i + 1]!, this.pixels[i + 2]!];
  }

  rect(x: number, y: number, w: number, h: number, c: Rgb): void {
    for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) this.set(x + i, y + j, c);
  }

  hline(x0: number, x1: number, y: number, c: Rgb): void {
    for (let x = Math.min(x0, x1); x <= Math.max(x0, x1); x++) this.set(x, y, c);
  }

  vline(x: number, y0: number, y1: number, c: Rgb): void {
    for (let y = Math.min(y0, y1); y <= Math.max(y0, y1); y++) this.set(x, y, c);
  }

  disc(cx: number, cy: number, r: number, c: Rgb): void {
    for (let y = -r; y <= r; y++)
      for (let x = -r; x <= r; x++) if (x * x + y * y <= r * r) this.set(cx + x, cy + y, c);
  }

  /** Width in pixels of `text` drawn at `scale`. */
  static textWidth(text: string, scale: number): number {
    return text.length === 0 ? 0 : (text.length * (GLYPH_W + 1) - 1) * scale;
  }

  text(x: number, y: number, text: string, c: Rgb, scale = 2): void {
    [...text].forEach((ch, n) => {
      for (const [gx, gy] of glyphPixels(ch))
        this.rect(x + (n * (GLYPH_W + 1) + gx) * scale, y + gy * scale, scale, scale, c);
    });
  }

  static readonly textHeight = (scale: number) => GLYPH_H * scale;

  png(): Buffer {
    return encodePng(this.width, this.height, this.pixels);
  }
}
