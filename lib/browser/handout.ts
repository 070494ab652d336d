// A packet staff put together (/handout?items=<slug>[:<section-id>],…&sent=…): loaded by the enhancement
// script only on that page. It fetches each article's pieces (/handout/parts/<slug>, same origin), puts the
// chosen ones in order, names any it cannot find, and draws the QR code for the packet's own address.
import { packetItemPattern, parsePacketItem } from "../packet-items";
import { qrSvg } from "../qr";

interface Helpers {
  sentDate(value: string | null): string | null;
  updatedSince(sent: string | null): void;
}

export default async function assemble({ sentDate, updatedSince }: Helpers) {
  const box = document.querySelector<HTMLElement>("[data-packet-items]")!;
  const params = new URLSearchParams(location.search);
  // The share page's form sends items=a&items=b; its script and the links it makes send items=a,b.
  // An article that was renamed answers to its old slug (formerSlugs), as its own page does.
  const former = new Map(
    box.dataset
      .former!.split(" ")
      .filter(Boolean)
      .map((pair) => pair.split(":") as [string, string]),
  );
  const current = (item: string) => item.replace(/^[^:]+/, (slug) => former.get(slug) ?? slug);
  const items = [
    ...new Set(
      params.getAll("items").flatMap((v) =>
        v
          .split(",")
          .map((s) => current(s.trim()))
          .filter(Boolean),
      ),
    ),
  ];
  const sent = sentDate(params.get("sent"));
  const query = `?items=${items.join(",")}${sent ? `&sent=${sent}` : ""}`;
  history.replaceState(null, "", query + location.hash);
  const prefix = box.dataset.prefix ?? "";
  const url = `${box.dataset.site}${prefix}/handout${query}`;

  const known = new Set(box.dataset.slugs!.split(" "));
  const pages = new Map<string, Promise<Document | null>>();
  const page = (slug: string) => {
    if (!pages.has(slug))
      pages.set(
        slug,
        fetch(`${prefix}/handout/parts/${slug}`)
          .then((r) => (r.ok ? r.text() : null))
          .then((html) => (html === null ? null : new DOMParser().parseFromString(html, "text/html")))
          .catch(() => null),
      );
    return pages.get(slug)!;
  };
  const found = await Promise.all(
    items.map(async (item) => {
      const { slug } = parsePacketItem(item);
      return packetItemPattern.test(item) && known.has(slug) ? ((await page(slug))?.querySelector(`[data-part="${item}"]`) ?? null) : null;
    }),
  );
  box.querySelector("[data-packet-waiting]")!.remove();
  const missing = items.filter((_, i) => !found[i]);
  if (missing.length) {
    const list = box.querySelector<HTMLElement>("[data-packet-missing]")!;
    list.querySelector("ul")!.append(
      ...missing.map((item) => {
        const li = document.createElement("li");
        li.appendChild(document.createElement("code")).textContent = item;
        return li;
      }),
    );
    list.hidden = false;
  }
  if (!items.length) box.querySelector<HTMLElement>("[data-packet-empty]")!.hidden = false;
  for (const part of found) if (part) box.append(document.adoptNode(part));

  const qr = document.querySelector<HTMLElement>("[data-packet-qr]")!;
  qr.innerHTML = qrSvg(url);
  qr.setAttribute("role", "img");
  qr.setAttribute("aria-label", `QR code for ${url}`);
  qr.hidden = false;
  document.querySelector("[data-packet-url]")!.textContent = url;
  const copy = document.querySelector<HTMLElement>(".packet [data-copy]");
  if (copy) copy.dataset.copy = url;
  updatedSince(sent);
}
