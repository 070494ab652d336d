// The site's only script: progressive enhancement, no framework. Every page works without it; the build
// (lib/build/enhance-bundle.ts) minifies it to /_assets/enhance.<hash>.js and adds it to the pages that
// have an element marked data-enhance. It must stay under 2 KiB gzip (npm run bench:weight checks it).

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
      status.textContent = copied ? "Copied to the clipboard" : "Could not copy: select the text and copy it yourself";
      label.textContent = copied ? "Copied" : text;
      clearTimeout(timer);
      timer = setTimeout(() => {
        status.textContent = "";
        label.textContent = text;
      }, 4000);
    });
  }
}

/** The share page's campaign tag: added before any #anchor so the link still lands on its section. */
function campaignToggle() {
  const toggle = document.querySelector<HTMLInputElement>("[data-campaign]");
  if (!toggle) return;
  toggle.disabled = false;
  toggle.addEventListener("change", () => {
    for (const el of all("[data-url]")) {
      const url = toggle.checked ? el.dataset.url!.replace(/(#.*)?$/, (hash) => `?utm_source=email${hash}`) : el.dataset.url!;
      const value = (el.dataset.before ?? "") + url;
      if (el instanceof HTMLAnchorElement) el.href = value;
      else if (el.dataset.copy !== undefined) el.dataset.copy = value;
      else el.textContent = value;
    }
  });
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
    status.textContent = "Searching…";
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
      status.textContent = `${data.length || "No"} result${data.length === 1 ? "" : "s"} for “${q}”`;
      show(true);
    } catch {
      if (ticket === latest) status.textContent = "Search is not available right now. Every page is listed below.";
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

movedPage();
copyControls();
campaignToggle();
search();
