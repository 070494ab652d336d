import type { Figure } from "@/lib/content/schema";
import { formatNumber, linear, offsets } from "./scale";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

type Parts = Extract<Figure, { kind: "parts" }>;

const width = 320;

/** One bar split into shares, each labelled with its value. */
export function PartsChart({ figure, lang }: { figure: Parts; lang: Lang }) {
  const total = figure.parts.reduce((sum, p) => sum + p.value, 0);
  const x = linear(total, width);
  const widths = figure.parts.map((p) => x(p.value));
  const starts = offsets(widths);
  return (
    <svg viewBox={`0 0 ${width} 44`} className="figure-chart" role="img" aria-label={t(lang).mdx.partsChart(figure.title)}>
      {figure.parts.map((part, i) => {
        const w = widths[i]!;
        const left = starts[i]!;
        return (
          <g key={part.label}>
            <rect x={left} y={4} width={Math.max(1, w - 2)} height={36} className={`figure-series-${(i % 2) + 1}`} />
            <text x={left + w / 2} y={27} textAnchor="middle" className={`figure-value figure-on-series-${(i % 2) + 1}`}>
              {formatNumber(part.value)}
              {figure.unit}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function PartsTable({ figure }: { figure: Parts }) {
  return (
    <table className="figure-table">
      <tbody>
        {figure.parts.map((part) => (
          <tr key={part.label}>
            <th scope="row">{part.label}</th>
            <td>
              {formatNumber(part.value)}
              {figure.unit === "%" ? "%" : ` ${figure.unit}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
