/** Shown with every display of clinic details until the clinic replaces the samples. */
export function PlaceholderNotice() {
  return (
    <p className="placeholder-notice">
      <strong>Sample details.</strong> The clinic has not filled in its real contact details yet, so these are examples and will not reach
      anyone.
    </p>
  );
}
