/** A linear scale from [0, max] onto [0, width], as d3-scale's scaleLinear().domain([0, max]).range([0, width]). */
export const linear = (max: number, width: number) => (value: number) => (max > 0 ? (value / max) * width : 0);

/** A number as a reader writes it: 1,200 and 0.5, never 0.5000001. */
export const formatNumber = (n: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 }).format(n);

/** Where each of a row of widths starts: [0, w0, w0 + w1, …]. */
export const offsets = (widths: number[]) => widths.map((_, i) => widths.slice(0, i).reduce((sum, w) => sum + w, 0));
