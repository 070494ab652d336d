import type { ComponentUse } from "./define";

type SafetyComponent = "RedFlags" | "RedFlagSummary" | "SafetyList";

/** The body rule shared by the safety components: known ids, no text of their own, each shown once. */
export function checkSafetyUse(name: SafetyComponent, ids: string[], { ctx, hasChildren, line, problem }: ComponentUse<unknown>) {
  if (hasChildren) problem(`<${name}> takes no content: its text comes from content/safety/`);
  const { groups, lists } = ctx.safetyIds;
  const shown = (id: string) => name !== "RedFlagSummary" && ctx.facts.safety.some((use) => use.component === name && use.id === id);
  if (name === "SafetyList") {
    const id = ids[0]!;
    if (!lists) return;
    if (!lists.has(id))
      return problem(
        `unknown safety list "${id}": expected one of the list ids in content/safety/lists.yaml (${[...lists].join(", ")})`,
        "<SafetyList> list",
      );
    if (shown(id))
      return problem(`the safety list "${id}" is already shown on this page: show it once and link to it`, "<SafetyList> list");
    ctx.facts.safety.push({ component: name, id, line });
    return;
  }
  if (!groups) return;
  const field = name === "RedFlags" ? "<RedFlags> group" : "<RedFlagSummary> groups";
  const unknown = ids.filter((id) => !groups.has(id));
  for (const id of unknown)
    problem(
      `unknown red-flag group "${id}": expected one of the group ids in content/safety/red-flags.yaml (${[...groups.keys()].join(", ")})`,
      field,
    );
  if (unknown.length) return;
  if (shown(ids[0]!)) return problem(`the red-flag group "${ids[0]}" is already shown on this page: show it once and link to it`, field);
  const actions = new Set(ids.map((id) => groups.get(id)));
  if (actions.size > 1)
    return problem(
      `the groups ${ids.join(", ")} ask for different actions (${[...actions].join(", ")}): a summary card shows one action, so use one <RedFlagSummary> per action`,
      field,
    );
  for (const id of ids) ctx.facts.safety.push({ component: name, id, line });
}
