import { formatDate } from "@/lib/format";
import type { ReviewState } from "@/lib/content/types";
import type { Reviewer } from "@/lib/content/schema";

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * Review dates and the medical sign-off. A reviewer's name shows only while the page is exactly what
 * they signed off; after any change the box says so plainly.
 */
export function ReviewBox({
  lastReviewed,
  nextReviewDue,
  lastUpdated,
  overdue,
  reviewer,
  review,
}: {
  lastReviewed: string;
  /** The day the page last changed for readers (its change log). */
  lastUpdated: string;
  nextReviewDue: string;
  overdue: boolean;
  reviewer: Reviewer;
  review: ReviewState;
}) {
  return (
    <>
      {overdue && (
        <p className="callout callout-warning review-overdue" data-pagefind-ignore="">
          <strong>
            Review overdue since <time dateTime={nextReviewDue}>{formatDate(nextReviewDue)}</time>.
          </strong>{" "}
          We check every page against its sources once a year, and this page is due for its check. The facts below were right when it was
          last reviewed; ask the clinic if you are unsure about anything.
        </p>
      )}
      <dl data-pagefind-ignore="" className="review-box card mt-6 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]" data-review={review.status}>
        <dt className="font-semibold">Last updated</dt>
        <dd>
          <time dateTime={lastUpdated}>{formatDate(lastUpdated)}</time> (<a href="#what-changed">what changed</a>)
        </dd>
        <dt className="font-semibold">Last reviewed</dt>
        <dd>
          <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
        </dd>
        <dt className="font-semibold">Next review due</dt>
        <dd>
          <time dateTime={nextReviewDue}>{formatDate(nextReviewDue)}</time>
          {overdue && " (overdue)"}
        </dd>
        <dt className="font-semibold">Medical review</dt>
        <dd>
          {review.status === "signed" && (
            <>
              Signed off by {review.reviewer.name}
              {review.reviewer.credentials && `, ${review.reviewer.credentials}`} ({lowerFirst(review.reviewer.role)}) on{" "}
              <time dateTime={review.date}>{formatDate(review.date)}</time>.
            </>
          )}
          {review.status === "changed" && (
            <>
              Changed since the last medical review. {review.reviewer.name} signed off an earlier version on{" "}
              <time dateTime={review.date}>{formatDate(review.date)}</time>; the changes have not been medically reviewed yet.
            </>
          )}
          {review.status === "not-signed" && <>Not yet signed off. This page is waiting for review by the {lowerFirst(reviewer.role)}.</>}
        </dd>
      </dl>
    </>
  );
}
