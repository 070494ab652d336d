import { encode } from "uqr";

/**
 * A QR code as a small inline SVG (one path of runs, not a square per module). The one QR maker for the
 * site: printed handouts at build time and, in the browser, the packet a member of staff put together.
 * The wrapper names it (<div role="img" aria-label="QR code for …">); the drawing is hidden from screen readers.
 */
export function qrSvg(text: string): string {
  const { data, size } = encode(text, { ecc: "M", border: 2 });
  let d = "";
  data.forEach((row, y) => {
    for (let x = 0; x < size;) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (row[x]) x++;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" aria-hidden="true"><rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}
