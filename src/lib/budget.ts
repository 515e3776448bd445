import type { AreaData, BudgetPartData, RecipientGroupData } from './schemas/area.ts';

/** Up to this many kroner per part, parts that miss the net are rounding, not an error. */
export const ROUNDING_TOLERANCE_PER_PART = 1000;

/** Sum of the parts' amounts. */
export function partsSum(parts: readonly BudgetPartData[]): number {
  return parts.reduce((sum, part) => sum + part.amount, 0);
}

/** How an area's parts relate to its net budget. */
export type PartsStatus =
  | { kind: 'none' }
  | { kind: 'exact'; sum: number }
  | { kind: 'rounding'; sum: number; difference: number }
  | { kind: 'declared'; sum: number; difference: number; note: string }
  | { kind: 'undeclared'; sum: number; difference: number; tolerance: number };

/** Classifies the parts against the net: exact, rounding, a declared deviation, or an error. */
export function partsStatus(area: Pick<AreaData, 'netBudget' | 'parts' | 'partsDeviation'>): PartsStatus {
  if (!area.parts) return { kind: 'none' };
  const sum = partsSum(area.parts);
  const difference = sum - area.netBudget;
  if (area.partsDeviation && area.partsDeviation.amount === difference && difference !== 0) {
    return { kind: 'declared', sum, difference, note: area.partsDeviation.note };
  }
  if (difference === 0) return { kind: 'exact', sum };
  const tolerance = ROUNDING_TOLERANCE_PER_PART * area.parts.length;
  if (Math.abs(difference) <= tolerance && !area.partsDeviation) return { kind: 'rounding', sum, difference };
  return { kind: 'undeclared', sum, difference, tolerance };
}

/** Sum of the children's values, column by column. */
export function groupChildSums(group: RecipientGroupData): number[] {
  return group.values.map((_, column) =>
    group.children.reduce((sum, child) => sum + (child.values[column] ?? 0), 0),
  );
}

/** Sum of all areas' net budgets. */
export function totalNetBudget(areas: readonly Pick<AreaData, 'netBudget'>[]): number {
  return areas.reduce((sum, area) => sum + area.netBudget, 0);
}

/** An amount's share of a total, as a ratio (0 when the total is 0). */
export function shareOf(amount: number, total: number): number {
  return total === 0 ? 0 : amount / total;
}
