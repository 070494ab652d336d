import type { ReactNode } from "react";
import { type EvidenceLevel, evidenceLevels, type Setting, settings } from "@/lib/content/schema";

const bars: Record<EvidenceLevel, number> = { strong: 4, moderate: 3, limited: 2, insufficient: 1, against: 0 };

/** The evidence level in words, with a shape that does not rely on colour. */
export function EvidenceBadge({ level }: { level: EvidenceLevel }) {
  return (
    <span className={`evidence evidence-${level}`}>
      <span aria-hidden="true" className="evidence-bars">
        {level === "against" ? "✕" : "▮".repeat(bars[level]) + "▯".repeat(4 - bars[level])}
      </span>{" "}
      {evidenceLevels[level]}
    </span>
  );
}

/** One use of IV magnesium: a section with its evidence level and where it is given. */
export function Use({
  id,
  title,
  evidence,
  where,
  children,
}: {
  id: string;
  title: string;
  evidence: EvidenceLevel;
  where: Setting;
  children?: ReactNode;
}) {
  return (
    <section className="use" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <dl className="use-meta">
        <div>
          <dt>Evidence</dt>
          <dd>
            <EvidenceBadge level={evidence} />
          </dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>{settings[where]}</dd>
        </div>
      </dl>
      {children}
    </section>
  );
}
