import type { Metadata } from "next";
import { PrintFooter } from "@/components/article/print-footer";
import { PlaceholderNotice } from "@/components/clinic/placeholder-notice";
import { JsonLd } from "@/components/json-ld";
import { LanguageSwitch } from "@/components/language-switch";
import { getNavigation, getTopics } from "@/lib/content";
import { type Lang, localize } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { site, siteIn } from "@/lib/site";
import { clinicData } from "@/lib/structured-data";
import { withAlternates } from "./meta";

/** The home page: urgent help first, the top tasks, then every topic with its articles. */
export function homeView(lang: Lang) {
  const m = t(lang).home;
  const generateMetadata = (): Promise<Metadata> =>
    withAlternates(lang, "/", { title: { absolute: m.title(siteIn(lang).siteName) }, description: m.description });

  async function HomePage() {
    const [topics, { homeTasks: tasks }] = await Promise.all([getTopics(lang), getNavigation(lang)]);
    return (
      <>
        <JsonLd data={clinicData(lang)} />
        <LanguageSwitch lang={lang} path="/" />
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{m.h1}</h1>
        <p className="lead mt-3 max-w-2xl">{m.lead}</p>
        <aside aria-label={m.urgentLabel} className="callout callout-warning mt-6 max-w-2xl">
          <p className="m-0">
            <strong>{m.urgentStrong}</strong> {m.urgentText(site.emergencyNumber)}{" "}
            <a href={localize("/articles/when-to-get-emergency-care", lang)}>{m.urgentLink}</a>
          </p>
        </aside>

        <section aria-labelledby="tasks" className="mt-10">
          <h2 id="tasks" className="text-2xl font-bold">
            {m.tasks}
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {tasks.map((task) => (
              <li key={task.href} className="card">
                <a href={task.href} className="text-lg font-semibold">
                  {task.title}
                </a>
                <p className="mt-1 text-base">{task.text}</p>
              </li>
            ))}
            <li className="card">
              <a href={site.clinic.bookingUrl} className="text-lg font-semibold">
                {t(lang).clinic.book}
              </a>
              <p className="mt-1 text-base">
                {m.orCall} <a href={`tel:${site.clinic.phone.replace(/[^+\d]/g, "")}`}>{site.clinic.phone}</a>. {m.teamWillCheck}
              </p>
              {site.clinic.placeholder && <PlaceholderNotice lang={lang} />}
            </li>
          </ul>
        </section>

        <section id="topics" aria-labelledby="topics-heading" className="mt-12">
          <h2 id="topics-heading" className="text-2xl font-bold">
            {m.allTopics}
          </h2>
          <div className="mt-4 grid gap-8 lg:grid-cols-2">
            {topics.map((topic) => (
              <section key={topic.id} aria-labelledby={`topic-${topic.id}`}>
                <h3 id={`topic-${topic.id}`} className="text-xl font-bold">
                  <a href={localize(`/topics/${topic.id}`, lang)}>{topic.label}</a>
                </h3>
                <p className="mt-1 text-base">{topic.description}</p>
                <ul className="mt-3 list-disc space-y-1 pl-6">
                  {topic.articles.map((a) => (
                    <li key={a.slug}>
                      <a href={localize(`/articles/${a.slug}`, lang)}>{a.frontmatter.title}</a>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </section>
        <PrintFooter path="/" lang={lang} />
      </>
    );
  }
  return { generateMetadata, Page: HomePage };
}
