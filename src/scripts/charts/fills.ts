// How the series of a grouped chart look: each has its own colour AND its own pattern, so
// they stay apart in greyscale print and for readers who do not see the colours. The legend's
// swatches (ChartFigure.astro) draw the same patterns in CSS. Every colour has at least 3:1
// contrast against the white background.

/** Colour of each series, in column order; also used for bar borders. */
export const SERIES_COLOURS = ['#004b87', '#a34700', '#2b6d3a'] as const;

/** A canvas pattern (or plain colour) for series `index`: solid, diagonal stripes, cross-hatch. */
export function seriesFill(index: number): string | CanvasPattern {
  const colour = SERIES_COLOURS[index % SERIES_COLOURS.length] ?? SERIES_COLOURS[0];
  if (index % 3 === 0) return colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = index % 3 === 1 ? colour : '#ffffff';
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = index % 3 === 1 ? '#ffffff' : colour;
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
