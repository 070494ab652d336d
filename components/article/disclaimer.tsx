import { site } from "@/lib/site";

/** The short medical disclaimer shown on every article. */
export function Disclaimer() {
  return (
    <aside aria-label="Medical disclaimer" className="card mt-8 text-base" data-pagefind-ignore="">
      <p>
        <strong>This page is general information, not medical advice.</strong> It cannot tell you whether a treatment is right for you. Talk
        to your own doctor or the clinic team about your health. In an emergency, call {site.emergencyNumber}.
      </p>
    </aside>
  );
}
