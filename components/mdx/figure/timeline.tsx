import type { Figure } from "@/lib/content/schema";
import { formatNumber, linear, offsets } from "./scale";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

type Timeline = Extract<Figure, { kind: "timeline" }>;

const width = 320;
type Minutes = number | [number, number] | undefined;
const range = (minutes: Minutes): [number, number] =>
  minutes === undefined ? [0, 0] : Array.isArray(minutes) ? minutes : [minutes, minutes];
// A step with no time from a source gets a narrow, dashed box: it happens, but no number is drawn for it.
const untimed = 24;
/** "10 to 15 minutes": the numbers as the data gives them. */
export const minutesText = (minutes: Minutes, lang: Lang = "en") => {
  const m = t(lang).mdx;
  if (minutes === undefined) return m.askClinicTime;
  const [a, b] = range(minutes);
  return a === b ? m.minutes(formatNumber(a)) : m.minutesRange(formatNumber(a), formatNumber(b));
};

/** The whole visit, from the steps' own times; null when a step has no time, so no total can be honest. */
export function totalMinutes(figure: Timeline): [number, number] | null {
  if (figure.steps.some((s) => s.minutes === undefined)) return null;
  return figure.steps.reduce<[number, number]>(([a, b], s) => [a + range(s.minutes)[0], b + range(s.minutes)[1]], [0, 0]);
}

/** One bar for the whole visit, split into numbered steps in proportion to their longest time. */
export function TimelineChart({ figure, lang }: { figure: Timeline; lang: Lang }) {
  const most = figure.steps.reduce((sum, s) => sum + range(s.minutes)[1], 0);
  const gaps = figure.steps.filter((s) => s.minutes === undefined).length;
  const x = linear(most, width - gaps * untimed);
  const widths = figure.steps.map((step) => (step.minutes === undefined ? untimed : x(range(step.minutes)[1])));
  const starts = offsets(widths);
  return (
    <svg viewBox={`0 0 ${width} 56`} className="figure-chart" role="img" aria-label={t(lang).mdx.timeline(figure.title)}>
      {figure.steps.map((step, i) => {
        const w = widths[i]!;
        const left = starts[i]!;
        return (
          <g key={step.label}>
            <rect
              x={left}
              y={8}
              width={Math.max(1, w - 2)}
              height={28}
              className={step.minutes === undefined ? "figure-untimed" : `figure-series-${(i % 2) + 1}`}
            />
            <text
              x={left + w / 2}
              y={27}
              textAnchor="middle"
              className={`figure-step-number ${step.minutes === undefined ? "" : `figure-on-series-${(i % 2) + 1}`}`}
            >
              {i + 1}
            </text>
          </g>
        );
      })}
      <text x={0} y={52} className="figure-value">
        0
      </text>
      <text x={width} y={52} textAnchor="end" className="figure-value">
        {gaps ? t(lang).mdx.timedSteps : ""}
        {t(lang).mdx.minutes(formatNumber(most))}
      </text>
    </svg>
  );
}

export function TimelineSteps({ figure, lang }: { figure: Timeline; lang: Lang }) {
  const total = totalMinutes(figure);
  return (
    <>
      <ol className="figure-steps">
        {figure.steps.map((step) => (
          <li key={step.label}>
            <strong>{step.label}</strong>: {minutesText(step.minutes, lang)}.{step.detail && ` ${step.detail}`}
          </li>
        ))}
      </ol>
      <p className="figure-total">{total ? t(lang).mdx.inAll(minutesText(total, lang)) : t(lang).mdx.noTotal}</p>
    </>
  );
}
