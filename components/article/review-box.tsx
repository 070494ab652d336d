import { formatDate } from "@/lib/format";
import type { Reviewer } from "@/lib/content/schema";

/** Review dates and reviewer; says plainly when the clinic has not yet confirmed a reviewer. */
export function ReviewBox({ lastReviewed, nextReviewDue, reviewer }: { lastReviewed: string; nextReviewDue: string; reviewer: Reviewer }) {
  return (
    <dl data-pagefind-ignore="" className="review-box card mt-6 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
      <dt className="font-semibold">Last reviewed</dt>
      <dd>
        <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
      </dd>
      <dt className="font-semibold">Next review due</dt>
      <dd>
        <time dateTime={nextReviewDue}>{formatDate(nextReviewDue)}</time>
      </dd>
      <dt className="font-semibold">Medical review</dt>
      <dd>
        {reviewer.name ? (
          <>
            {reviewer.name}
            {reviewer.credentials && `, ${reviewer.credentials}`} ({reviewer.role})
          </>
        ) : (
          <>Not yet signed off. This page is waiting for review by the {reviewer.role.charAt(0).toLowerCase() + reviewer.role.slice(1)}.</>
        )}
      </dd>
    </dl>
  );
}
