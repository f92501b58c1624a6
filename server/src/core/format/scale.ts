import { allActivities, type ActivityNode, type Model } from './model';
import { GRADE_KEYS, type Indicator } from './schema';
import { parseThreshold } from './thresholds';

/**
 * The four grades of an indicator as one key (`>=90% >=80% >=70% <90%`), when all four are written and its name is
 * not itself a threshold (a slipped column, misplaced-threshold's); undefined otherwise.
 */
export function ladderOf(indicator: Indicator): string | undefined {
  const name = indicator.name?.trim();
  if (name && parseThreshold(name)) return undefined;
  const keys: string[] = [];
  for (const k of GRADE_KEYS) {
    const g = indicator.grades?.[k]?.trim();
    if (!g) return undefined;
    const t = parseThreshold(g);
    keys.push(t ? `${t.op}${t.value}${t.unit}` : g);
  }
  return keys.join(' ');
}

/** What a subtree's indicators say of a common scale: the one ladder they all have (null: two differ), and how many. */
interface Signature {
  readonly ladder: string | null | undefined;
  readonly count: number;
}

const signatures = new WeakMap<ActivityNode, Signature>();

/** The signature of a top-level activity's subtree, read once per node (the incremental check keeps the nodes not edited). */
function signatureOf(top: ActivityNode): Signature {
  let s = signatures.get(top);
  if (s) return s;
  let ladder: string | null | undefined;
  let count = 0;
  for (const { activity } of allActivities([top])) {
    for (const indicator of activity.indicators ?? []) {
      const l = ladderOf(indicator);
      if (l === undefined) continue;
      count++;
      ladder = ladder === undefined || ladder === l ? l : null;
    }
  }
  signatures.set(top, (s = { ladder, count }));
  return s;
}

/** The fewest indicators one ladder must grade for it to be the document's scale rather than two or so alike. */
export const SCALE_MIN = 3;

/**
 * The document's common scale: the one ladder of percentage grades that every indicator with four grades has, when
 * at least {@link SCALE_MIN} have them (as the template's 评价标准 ≥90% / ≥80% / ≥70% / <70% on every row). On such a
 * scale the grades are not the figure an indicator measures but how fully its target is met (完成程度), and they fit
 * a count or an amount as well as a rate. Undefined when the indicators are graded one by one.
 */
export function commonScale(activities: readonly ActivityNode[]): string | undefined {
  let found = scales.get(activities);
  if (found === undefined) scales.set(activities, (found = readScale(activities) ?? null));
  return found ?? undefined;
}

const scales = new WeakMap<readonly ActivityNode[], string | null>();

function readScale(activities: readonly ActivityNode[]): string | undefined {
  let ladder: string | undefined;
  let count = 0;
  for (const top of activities) {
    const s = signatureOf(top);
    if (s.ladder === undefined) continue;
    if (s.ladder === null || (ladder !== undefined && ladder !== s.ladder)) return undefined;
    ladder = s.ladder;
    count += s.count;
  }
  if (ladder === undefined || count < SCALE_MIN) return undefined;
  return ladder.split(' ').every((k) => k.endsWith('%')) ? ladder : undefined;
}

/** The common scale of the model's document: of all its activities, also when the model holds one alone (the incremental check's). */
export function documentScale(model: Model): string | undefined {
  return commonScale(model.everyActivity ?? model.activities);
}

/** Whether an indicator is graded on the document's common scale. */
export function onCommonScale(model: Model, indicator: Indicator): boolean {
  const scale = documentScale(model);
  return scale !== undefined && ladderOf(indicator) === scale;
}
