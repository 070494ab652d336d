import { NotFoundBody, notFoundMetadata } from "@/app/_views/not-found";

// The Spanish "page not found": hosts answer a missing /es/… address with this page and status 404
// (lib/server/host-config.ts), so a Spanish reader stays in Spanish.
export const metadata = notFoundMetadata("es");

export default function SpanishNotFound() {
  return <NotFoundBody lang="es" />;
}
