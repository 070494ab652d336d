export default function NotFound() {
  return (
    <>
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4 max-w-2xl">
        We could not find that page. It may have moved. Go to the <a href="/">home page</a> to see every article.
      </p>
    </>
  );
}
