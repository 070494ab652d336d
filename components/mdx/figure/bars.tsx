import type { Figure } from "@/lib/content/schema";
import { formatNumber, linear } from "./scale";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

type Bars = Extract<Figure, { kind: "bars" }>;

// The drawing is 320 units wide, about a phone's width, so its text stays readable when it shrinks to fit.
const width = 320;
const valueRoom = 64;
const barHeight = 14;

/** Horizontal bars, one row per label (two bars a row for two series), with an optional reference line. */
export function BarsChart({ figure, lang }: { figure: Bars; lang: Lang }) {
  const values = figure.rows.flatMap((r) => Object.values(r.values));
  const x = linear(Math.max(...values, figure.reference?.value ?? 0), width - valueRoom);
  const rowHeight = 20 + figure.series.length * (barHeight + 4) + 6;
  const top = figure.reference ? 22 : 4;
  const height = top + figure.rows.length * rowHeight;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="figure-chart" role="img" aria-label={t(lang).mdx.barChart(figure.title)}>
      {figure.rows.map((row, i) => {
        const y = top + i * rowHeight;
        return (
          <g key={row.label}>
            <text x={0} y={y + 14} className="figure-label">
              {row.label}
            </text>
            {figure.series.map((s, j) => {
              const value = row.values[s.id] ?? 0;
              const barY = y + 20 + j * (barHeight + 4);
              return (
                <g key={s.id}>
                  <rect x={0} y={barY} width={Math.max(1, x(value))} height={barHeight} className={`figure-series-${j + 1}`} />
                  <text x={x(value) + 4} y={barY + barHeight - 3} className="figure-value">
                    {formatNumber(value)} {figure.unit}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      {figure.reference && (
        <g className="figure-reference">
          <line x1={x(figure.reference.value)} x2={x(figure.reference.value)} y1={16} y2={height} />
          <text x={Math.min(x(figure.reference.value), width - valueRoom)} y={12} textAnchor="middle" className="figure-value">
            {formatNumber(figure.reference.value)} {figure.unit}
          </text>
        </g>
      )}
    </svg>
  );
}

/** The same numbers as a table: the figure's text alternative, and what prints if the drawing does not. */
export function BarsTable({ figure, lang }: { figure: Bars; lang: Lang }) {
  return (
    <table className="figure-table">
      <thead>
        <tr>
          {/* The corner names nothing: a plain cell, not an empty header. */}
          <td />
          {figure.series.map((s) => (
            <th key={s.id} scope="col">
              {s.label} ({figure.unit})
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {figure.rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {figure.series.map((s) => (
              <td key={s.id}>{formatNumber(row.values[s.id] ?? 0)}</td>
            ))}
          </tr>
        ))}
        {figure.reference && (
          <tr>
            <th scope="row">
              {figure.reference.label} {t(lang).mdx.theLine}
            </th>
            <td colSpan={figure.series.length}>{formatNumber(figure.reference.value)}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
