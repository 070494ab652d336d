import { NotFoundBody, notFoundMetadata } from "@/app/_views/not-found";
import { SiteFrame } from "@/components/site-frame";

export const metadata = notFoundMetadata("en");

// The root layout is only a pass-through (each language's layout draws the page), so this page draws its own frame.
export default function NotFound() {
  return (
    <SiteFrame lang="en">
      <NotFoundBody lang="en" />
    </SiteFrame>
  );
}
