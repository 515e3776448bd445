// How the series of a grouped chart look: each has its own colour AND its own pattern, so
// they stay apart in greyscale print, in forced colours (one system colour for all) and for
// readers who do not see the colours. The legend's swatches (ChartFigure.astro) draw the same
// patterns in CSS from the same tokens. Every colour has at least 3:1 contrast against its
// scheme's background.
import type { ChartPalette } from './palette.ts';

/** Colour of series `index`; also used for bar borders. */
export function seriesColour(palette: ChartPalette, index: number): string {
  return palette.series[index % palette.series.length] ?? palette.text;
}

/** A canvas pattern (or plain colour) for series `index`: solid, diagonal stripes, cross-hatch. */
export function seriesFill(palette: ChartPalette, index: number): string | CanvasPattern {
  const colour = seriesColour(palette, index);
  if (index % 3 === 0) return colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = index % 3 === 1 ? colour : palette.patternBg;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = index % 3 === 1 ? palette.patternBg : colour;
  ctx.lineWidth = 2;
  ctx.beginPath();
  // Lines run off the tile's corners too, so the stripes join up across tiles.
  for (const offset of [-8, 0, 8]) {
    ctx.moveTo(offset, 8);
    ctx.lineTo(offset + 8, 0);
    if (index % 3 === 2) {
      ctx.moveTo(offset, 0);
      ctx.lineTo(offset + 8, 8);
    }
  }
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? colour;
}
