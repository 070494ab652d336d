import { PrintFooter } from "@/components/article/print-footer";
import { getArticles } from "@/lib/content";
import { topics } from "@/lib/content/schema";
import { site } from "@/lib/site";

export default async function HomePage() {
  const articles = await getArticles();
  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{site.siteName}</h1>
      <p className="lead mt-3 max-w-2xl">
        Clear, referenced answers about magnesium and magnesium infusions: what they can and cannot do, who should not have one,
        and what to expect at a visit.
      </p>
      <section id="articles" aria-labelledby="articles-heading" className="mt-10">
        <h2 id="articles-heading" className="text-2xl font-bold">
          Articles
        </h2>
        {Object.entries(topics).map(([topic, label]) => {
          const inTopic = articles.filter((a) => a.frontmatter.topic === topic);
          if (inTopic.length === 0) return null;
          return (
            <section key={topic} aria-labelledby={`topic-${topic}`} className="mt-6">
              <h3 id={`topic-${topic}`} className="text-xl font-bold">
                {label}
              </h3>
              <ul className="mt-3 grid gap-4 sm:grid-cols-2">
                {inTopic.map((a) => (
                  <li key={a.slug} className="card">
                    <a href={`/articles/${a.slug}`} className="text-lg font-semibold">
                      {a.frontmatter.title}
                    </a>
                    <p className="mt-1 text-base">{a.frontmatter.summary}</p>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </section>
      <PrintFooter path="/" />
    </>
  );
}
