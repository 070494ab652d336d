// The one list of MDX components authors may use. Adding a component: a folder with its spec, examples
// and renderer, one line here, and one line in the renderer map (index.tsx). Nothing here imports React,
// so the content check can read it.
import type { z } from "zod";
import { callout } from "./callout/spec";
import { cite } from "./cite/spec";
import { clinicDetails } from "./clinic-details/spec";
import { clinicPrices } from "./clinic-prices/spec";
import type { DocumentKind } from "./define";
import { figure } from "./figure/spec";
import { redFlagSummary } from "./red-flag-summary/spec";
import { redFlags } from "./red-flags/spec";
import { safetyList } from "./safety-list/spec";
import { term } from "./term/spec";
import { use } from "./use/spec";

export const componentSpecs = [
  cite,
  term,
  callout,
  redFlags,
  redFlagSummary,
  safetyList,
  figure,
  clinicDetails,
  clinicPrices,
  use,
] as const;

type Spec = (typeof componentSpecs)[number];
export type ComponentName = Spec["name"];
export type ComponentProps<N extends ComponentName> = z.infer<Extract<Spec, { name: N }>["props"]>;

export const specOf = (name: string) => componentSpecs.find((s) => s.name === name);

/** The components a kind of document may use, in the registry's order. */
export const componentsFor = (kind: DocumentKind): ComponentName[] =>
  componentSpecs.filter((s) => (s.allowedIn as readonly string[]).includes(kind)).map((s) => s.name);
