import { formatDate, type Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
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
  lang,
  translation = false,
}: {
  lastReviewed: string;
  /** The day the page last changed for readers (its change log). */
  lastUpdated: string;
  nextReviewDue: string;
  overdue: boolean;
  reviewer: Reviewer;
  review: ReviewState;
  lang: Lang;
  /** A translation: its own sign-off, never the English one's. */
  translation?: boolean;
}) {
  const m = t(lang).review;
  const date = (iso: string) => formatDate(iso, lang);
  return (
    <>
      {overdue && (
        <p className="callout callout-warning review-overdue" data-pagefind-ignore="">
          <strong>
            {m.overdueSince} <time dateTime={nextReviewDue}>{date(nextReviewDue)}</time>.
          </strong>{" "}
          {m.overdueText}
        </p>
      )}
      <dl data-pagefind-ignore="" className="review-box card mt-6 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]" data-review={review.status}>
        <dt className="font-semibold">{m.lastUpdated}</dt>
        <dd>
          <time dateTime={lastUpdated}>{date(lastUpdated)}</time> (<a href="#what-changed">{m.whatChanged}</a>)
        </dd>
        <dt className="font-semibold">{m.lastReviewed}</dt>
        <dd>
          <time dateTime={lastReviewed}>{date(lastReviewed)}</time>
        </dd>
        <dt className="font-semibold">{m.nextDue}</dt>
        <dd>
          <time dateTime={nextReviewDue}>{date(nextReviewDue)}</time>
          {overdue && m.overdue}
        </dd>
        <dt className="font-semibold">{m.medicalReview}</dt>
        <dd>
          {review.status === "signed" && (
            <>
              {m.signedBy} {review.reviewer.name}
              {review.reviewer.credentials && `, ${review.reviewer.credentials}`} ({lowerFirst(review.reviewer.role)}) {m.on}{" "}
              <time dateTime={review.date}>{date(review.date)}</time>.
            </>
          )}
          {review.status === "changed" && (
            <>
              {m.changedSince} {review.reviewer.name} {m.signedEarlier} <time dateTime={review.date}>{date(review.date)}</time>;{" "}
              {m.notReviewedYet}
            </>
          )}
          {review.status === "not-signed" &&
            (translation ? m.translationNotSigned(lowerFirst(reviewer.role)) : m.notSigned(lowerFirst(reviewer.role)))}
        </dd>
      </dl>
    </>
  );
}
