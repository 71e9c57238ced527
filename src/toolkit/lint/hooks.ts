/** Calling the rules' hooks: in the order of the registry, each rule with a `report` of its own. */
import type { Report, Rule, RuleHooks } from './rule.js';
import { type RegisteredRule, rules } from './rules/index.js';

export type HookName = keyof RuleHooks;
type ContextOf<H extends HookName> = Parameters<NonNullable<RuleHooks[H]>>[0];
type Hook<H extends HookName> = (context: ContextOf<H>, report: Report) => unknown;

/** Calls the hook `name` of every rule that has one; true as soon as a gate returns true (the next rules are not called). */
export type RunHooks = <H extends HookName>(name: H, context: ContextOf<H>) => boolean;

/** A hook runner whose rules report through `reportFor(rule)`. */
export const hookRunner = (reportFor: (rule: RegisteredRule) => Report): RunHooks => {
  // Each hook's rules are looked up once: the engine calls the text hooks for every text.
  const withHook = new Map<HookName, { readonly hook: Hook<HookName>; readonly report: Report }[]>();
  const rulesWith = (name: HookName) => {
    let found = withHook.get(name);
    if (!found) {
      found = rules.flatMap((rule: RegisteredRule) => {
        const hook = (rule as Rule)[name] as Hook<HookName> | undefined;
        return hook ? [{ hook, report: reportFor(rule) }] : [];
      });
      withHook.set(name, found);
    }
    return found;
  };
  return (name, context) => rulesWith(name).some(({ hook, report }) => hook(context, report) === true);
};
