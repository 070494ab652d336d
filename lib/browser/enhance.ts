// The site's only script: progressive enhancement, no framework. Every page works without it; the build
// (lib/build/enhance-bundle.ts) minifies it to /_assets/enhance.<hash>.js and adds it to the pages that
// have an element marked data-enhance. It must stay under 2 KiB gzip (npm run bench:weight checks it).
// It holds no words: what it says comes from the page (data-* attributes and <template>s), in the page's language.

const all = <E extends Element = HTMLElement>(selector: string, root: ParentNode = document) => [...root.querySelectorAll<E>(selector)];

/** Copy controls: a plain link until now; from here a button that copies and says so to screen readers. */
function copyControls() {
  for (const box of all("[data-copy]")) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy-link-control";
    button.setAttribute("aria-label", box.dataset.label!);
    const label = button.appendChild(document.createElement("span"));
    const text = (label.textContent = box.dataset.text!);
    const status = box.querySelector("[role=status]")!;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const link = box.querySelector("a");
    if (link) link.replaceWith(button);
    else box.prepend(button);
    button.addEventListener("click", async () => {
      let copied = true;
      try {
        await navigator.clipboard.writeText(box.dataset.copy!);
      } catch {
        copied = false;
      }
      status.textContent = copied ? box.dataset.copied! : box.dataset.failed!;
      label.textContent = copied ? box.dataset.done! : text;
      clearTimeout(timer);
      timer = setTimeout(() => {
        status.textContent = "";
        label.textContent = text;
      }, 4000);
    });
  }
}

/** A ?sent=YYYY-MM-DD value, or null when it is missing or not a real date (then it is ignored). */
const sentDate = (value: string | null) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value) ? value : null;
const today = () => new Date().toLocaleDateString("sv").slice(0, 10);
const longDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString(document.documentElement.lang, {
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  });
const fill = (root: ParentNode, key: string, text: string) => (root.querySelector(`[data-${key}]`)!.textContent = text);
const cloneOf = (name: string) =>
  document.querySelector<HTMLTemplateElement>(`template[data-${name}]`)?.content.firstElementChild?.cloneNode(true) as
    HTMLElement | undefined;

/**
 * The share page's links: each carries the day it was made (?sent=, today's date once this runs) and,
 * if ticked, the campaign tag, both before any #anchor so the link still lands on its section.
 */
function shareLinks() {
  const links = all("[data-url]");
  if (!links.length) return;
  const toggle = document.querySelector<HTMLInputElement>("[data-campaign]");
  const apply = () => {
    const query = `?sent=${today()}${toggle?.checked ? "&utm_source=email" : ""}`;
    for (const el of links) {
      const value = (el.dataset.before ?? "") + el.dataset.url!.replace(/(#.*)?$/, (hash) => query + hash);
      if (el instanceof HTMLAnchorElement) el.href = value;
      else if (el instanceof HTMLInputElement) el.value = value;
      else if (el.dataset.copy !== undefined) el.dataset.copy = value;
      else el.textContent = value;
    }
    for (const input of all<HTMLInputElement>("input[name=sent]")) input.value = today();
  };
  if (toggle) {
    toggle.disabled = false;
    toggle.addEventListener("change", apply);
  }
  apply();
}

/**
 * "Updated since you were sent this": a page opened with ?sent= older than an entry of its change log
 * lists those changes at the top and marks each changed section. The words come from the page's templates.
 */
function updatedSince(sent = sentDate(new URLSearchParams(location.search).get("sent"))) {
  if (!sent) return;
  const newer = all("[data-change]").filter((li) => li.dataset.change! > sent);
  // A packet may hold two pieces of one article, each listing the same change: the notice lists it once.
  const listed = [...new Map(newer.map((li) => [li.textContent, li])).values()];
  const notice = cloneOf("updated-notice");
  if (!newer.length || !notice) return;
  fill(notice, "sent", longDate(sent));
  notice.querySelector("ol")!.append(...listed.map((li) => li.cloneNode(true)));
  document.querySelector("template[data-updated-notice]")!.after(notice);
  const marked = new Set<string>();
  for (const li of newer)
    for (const id of li.dataset.sections!.split(" ").filter((x) => x && !marked.has(x))) {
      const heading = document.getElementById(id);
      const mark = cloneOf("updated-mark");
      if (!heading || !mark) continue;
      marked.add(id);
      fill(mark, "date", li.querySelector("time")!.textContent!);
      fill(mark, "summary", li.dataset.summary!);
      (heading.closest(".section-heading") ?? heading).after(mark);
    }
  // The notice moved the page down: land on the #section that was linked, as the browser did before.
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}

interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }> }[] }>;
}

// A variable, not a literal: the bundler must leave this import to the browser.
const pagefindUrl = "/pagefind/pagefind.js";

/** Search in the browser with Pagefind, loaded only here and only once someone searches. */
function search() {
  const form = document.querySelector<HTMLFormElement>("form[data-search]");
  if (!form) return;
  const input = form.querySelector("input")!;
  const say = form.dataset;
  const status = document.querySelector("[data-search-status]")!;
  const results = document.querySelector<HTMLOListElement>(".search-results")!;
  const fallback = document.querySelector<HTMLElement>("[data-search-fallback]")!;
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;
  const show = (found: boolean) => {
    results.hidden = !found;
    fallback.hidden = found;
  };
  async function run(q: string) {
    const ticket = ++latest;
    if (!q.trim()) {
      status.textContent = "";
      return show(false);
    }
    status.textContent = say.searching!;
    try {
      pagefind ??= import(pagefindUrl) as Promise<Pagefind>;
      const found = await (await pagefind).search(q);
      const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      if (ticket !== latest) return;
      results.replaceChildren(
        ...data.map((d) => {
          const li = document.createElement("li");
          const a = li.appendChild(document.createElement("a"));
          a.href = d.url;
          a.className = "text-lg font-semibold";
          a.textContent = d.meta.title ?? d.url;
          // Pagefind's excerpt is text from this site's own index, with <mark> around the matches.
          li.appendChild(document.createElement("p")).innerHTML = d.excerpt;
          return li;
        }),
      );
      status.textContent = say[data.length > 1 ? "many" : data.length ? "one" : "none"]!.replace("{n}", String(data.length)).replace(
        "{q}",
        q,
      );
      show(true);
    } catch {
      if (ticket === latest) status.textContent = say.unavailable!;
      show(false);
    }
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    history.replaceState(null, "", input.value ? `?q=${encodeURIComponent(input.value)}` : location.pathname);
    void run(input.value);
  });
  input.addEventListener("input", () => void run(input.value));
  input.value = new URLSearchParams(location.search).get("q") ?? "";
  void run(input.value);
}

/** A moved page's fallback (for hosts that cannot redirect): go on at once, keeping the #section. */
function movedPage() {
  const link = document.querySelector<HTMLAnchorElement>("a[data-moved]");
  if (link) location.replace(link.href + location.hash);
}

/** The share page's packet form: a live count of what is ticked, and one tidy link (items=a,b:c) when it is opened. */
function packetForm() {
  const form = document.querySelector<HTMLFormElement>("form[data-packet-form]");
  if (!form) return;
  const ticks = all<HTMLInputElement>("input[name=items]");
  const chosen = () => ticks.filter((t) => t.checked).map((t) => t.value);
  const count = () => {
    const n = chosen().length;
    for (const c of all("[data-packet-count]")) c.textContent = c.dataset[n === 1 ? "one" : "many"]!.replace("{n}", String(n));
  };
  for (const t of ticks) t.addEventListener("change", count);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.href = `${form.getAttribute("action")}?items=${chosen().join(",")}&sent=${today()}`;
  });
  count();
}

/** The language switch: the same page in the other language, at the same section (ids are the same) and with the same ?sent=. */
for (const a of all<HTMLAnchorElement>("a[data-lang-switch]"))
  a.addEventListener("click", () => (a.href = a.href.replace(/[?#].*$/, "") + location.search + location.hash));

movedPage();
copyControls();
shareLinks();
packetForm();
// A packet put together on the share page: its own module, loaded only on /handout.
if (document.querySelector("[data-packet-items]")) void import("./handout").then((m) => m.default({ sentDate, updatedSince }));
else updatedSince();
search();
