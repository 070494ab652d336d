import type { Metadata } from "next";
import { PrintFooter } from "@/components/article/print-footer";
import { PlaceholderNotice } from "@/components/clinic/placeholder-notice";
import { JsonLd } from "@/components/json-ld";
import { getNavigation, getTopics } from "@/lib/content";
import { site } from "@/lib/site";
import { clinicData } from "@/lib/structured-data";

export const metadata: Metadata = {
  title: { absolute: `${site.siteName}: clear, honest information about magnesium infusions` },
  description:
    "What magnesium infusions can and cannot do, who should not have one, side effects, and how to prepare: plain language, with references.",
  alternates: { canonical: "/" },
};

export default async function HomePage() {
  const [topics, { homeTasks: tasks }] = await Promise.all([getTopics(), getNavigation()]);
  return (
    <>
      <JsonLd data={clinicData()} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Magnesium infusions: clear, honest information</h1>
      <p className="lead mt-3 max-w-2xl">
        This site is published by a clinic that gives magnesium infusions. It explains, in plain language and with references, what
        infusions can and cannot do, who should not have one, and what to expect.
      </p>
      <aside aria-label="Urgent help" className="callout callout-warning mt-6 max-w-2xl">
        <p className="m-0">
          <strong>Need help now?</strong> If you have trouble breathing, chest pain, fainting or a seizure, call {site.emergencyNumber}. An
          infusion clinic is not the place for an emergency. <a href="/articles/when-to-get-emergency-care">When to get emergency care</a>
        </p>
      </aside>

      <section aria-labelledby="tasks" className="mt-10">
        <h2 id="tasks" className="text-2xl font-bold">
          What do you want to do?
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {tasks.map((t) => (
            <li key={t.href} className="card">
              <a href={t.href} className="text-lg font-semibold">
                {t.title}
              </a>
              <p className="mt-1 text-base">{t.text}</p>
            </li>
          ))}
          <li className="card">
            <a href={site.clinic.bookingUrl} className="text-lg font-semibold">
              Book an appointment
            </a>
            <p className="mt-1 text-base">
              Or call <a href={`tel:${site.clinic.phone.replace(/[^+\d]/g, "")}`}>{site.clinic.phone}</a>. The team will check whether an
              infusion is right for you.
            </p>
            {site.clinic.placeholder && <PlaceholderNotice />}
          </li>
        </ul>
      </section>

      <section id="topics" aria-labelledby="topics-heading" className="mt-12">
        <h2 id="topics-heading" className="text-2xl font-bold">
          All topics
        </h2>
        <div className="mt-4 grid gap-8 lg:grid-cols-2">
          {topics.map((topic) => (
            <section key={topic.id} aria-labelledby={`topic-${topic.id}`}>
              <h3 id={`topic-${topic.id}`} className="text-xl font-bold">
                <a href={`/topics/${topic.id}`}>{topic.label}</a>
              </h3>
              <p className="mt-1 text-base">{topic.description}</p>
              <ul className="mt-3 list-disc space-y-1 pl-6">
                {topic.articles.map((a) => (
                  <li key={a.slug}>
                    <a href={`/articles/${a.slug}`}>{a.frontmatter.title}</a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </section>
      <PrintFooter path="/" />
    </>
  );
}
