import type { ReactNode } from "react";
import type { EvidenceLevel, Setting } from "@/lib/content/schema";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

const bars: Record<EvidenceLevel, number> = { strong: 4, moderate: 3, limited: 2, insufficient: 1, against: 0 };

/** The evidence level in words, with a shape that does not rely on colour. */
export function EvidenceBadge({ level, lang }: { level: EvidenceLevel; lang: Lang }) {
  return (
    <span className={`evidence evidence-${level}`}>
      <span aria-hidden="true" className="evidence-bars">
        {level === "against" ? "✕" : "▮".repeat(bars[level]) + "▯".repeat(4 - bars[level])}
      </span>{" "}
      {t(lang).mdx.evidence[level]}
    </span>
  );
}

/** One use of IV magnesium: a section with its evidence level and where it is given. */
export function Use({
  id,
  title,
  evidence,
  where,
  lang,
  children,
}: {
  id: string;
  title: string;
  evidence: EvidenceLevel;
  where: Setting;
  lang: Lang;
  children?: ReactNode;
}) {
  const m = t(lang).article;
  return (
    <section className="use" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <dl className="use-meta">
        <div>
          <dt>{m.evidence}</dt>
          <dd>
            <EvidenceBadge level={evidence} lang={lang} />
          </dd>
        </div>
        <div>
          <dt>{m.where}</dt>
          <dd>{t(lang).mdx.settings[where]}</dd>
        </div>
      </dl>
      {children}
    </section>
  );
}
