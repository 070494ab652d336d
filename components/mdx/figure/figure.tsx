import type { Figure as FigureData } from "@/lib/content/schema";
import { Cite } from "../cite/cite";
import type { SafetyContext } from "../safety-text";
import { BarsChart, BarsTable } from "./bars";
import { PartsChart, PartsTable } from "./parts";
import { TimelineChart, TimelineSteps } from "./timeline";

/**
 * A figure drawn at build time from typed data: the drawing, a caption, and the same numbers as a
 * table or list, so the figure works without JavaScript, on paper and with a screen reader.
 */
export function Figure({ figure, ctx }: { figure: FigureData; ctx: Pick<SafetyContext, "references" | "lang"> }) {
  return (
    <figure className="figure not-prose" aria-labelledby={`fig-${figure.id}`} data-figure={figure.id}>
      <figcaption>
        <span className="figure-title" id={`fig-${figure.id}`}>
          {figure.title}
        </span>{" "}
        {figure.caption}
        {figure.sources.map((id) => (
          <Cite key={id} id={id} sources={ctx.references} lang={ctx.lang} />
        ))}
      </figcaption>
      {figure.kind === "bars" && (
        <>
          {figure.series.length > 1 && (
            <ul className="figure-legend">
              {figure.series.map((s, i) => (
                <li key={s.id}>
                  <svg viewBox="0 0 14 14" aria-hidden="true" className="figure-swatch">
                    <rect width="14" height="14" className={`figure-series-${i + 1}`} />
                  </svg>
                  {s.label}
                </li>
              ))}
            </ul>
          )}
          <BarsChart figure={figure} lang={ctx.lang} />
          <BarsTable figure={figure} lang={ctx.lang} />
        </>
      )}
      {figure.kind === "timeline" && (
        <>
          <TimelineChart figure={figure} lang={ctx.lang} />
          <TimelineSteps figure={figure} lang={ctx.lang} />
        </>
      )}
      {figure.kind === "parts" && (
        <>
          <PartsChart figure={figure} lang={ctx.lang} />
          <PartsTable figure={figure} />
        </>
      )}
    </figure>
  );
}
