import type { ConflictReason } from './catalog';
import { agentConflict } from '../claims/agent';
import { antonymConflict } from '../claims/antonyms';
import { causeConflict } from '../claims/cause';
import { differentTimes, type ClaimSide, type Conflict, type ContradictionRule } from '../claims/conflict';
import { firstAgainConflict } from '../claims/firstAgain';
import { namedAgentConflict } from '../claims/namedAgent';
import { persistenceConflict } from '../claims/persistence';
import { placeConflict } from '../claims/place';
import { polarityConflict } from '../claims/polarity';
import { roleFillerConflict } from '../claims/roleFiller';
import { superlativeConflict } from '../claims/superlative';

/**
 * A precondition several sub-rules share, applied once by the dispatcher
 * rather than repeated in each detector. 'same-time': when both claims name a
 * time and the times differ they may be about different days. 'firm': a hedged
 * claim ('may', 'reportedly') against a firm one is nothing an editor must resolve.
 */
export type SharedPrecondition = 'same-time' | 'firm';

/** One way two aligned claims can contradict each other. */
export interface ContradictionSubRule {
  id: string;
  /** The reason it reports (its phrase is in `catalog.ts`). */
  reason: ConflictReason;
  preconditions: readonly SharedPrecondition[];
  /** Finds the conflict with `a` in the article under check; tried both ways round. */
  detect: ContradictionRule;
}

/** The sub-rules, most certain first; the first that fires names the conflict. */
export const CONTRADICTION_SUB_RULES: readonly ContradictionSubRule[] = [
  // Polarity has its own hedge test: an announced decision ('will not appeal') is firm.
  { id: 'negation', reason: 'negation', preconditions: ['same-time'], detect: polarityConflict },
  // Antonyms weigh the hedge against where it sits in the clause.
  { id: 'antonym', reason: 'antonym', preconditions: ['same-time'], detect: antonymConflict },
  // 'will remain open' / 'will close': a state said to last against the change that ends it.
  { id: 'persistence', reason: 'antonym', preconditions: ['same-time'], detect: persistenceConflict },
  { id: 'first-again', reason: 'first-again', preconditions: ['same-time', 'firm'], detect: firstAgainConflict },
  { id: 'cause', reason: 'cause', preconditions: ['same-time'], detect: causeConflict },
  { id: 'place', reason: 'place', preconditions: ['same-time', 'firm'], detect: placeConflict },
  { id: 'superlative', reason: 'superlative', preconditions: ['same-time', 'firm'], detect: superlativeConflict },
  { id: 'agent', reason: 'agent', preconditions: ['same-time', 'firm'], detect: agentConflict },
  { id: 'named-agent', reason: 'agent', preconditions: ['same-time', 'firm'], detect: namedAgentConflict },
  // 'the driver, Sam Ortiz' / 'the driver, Lee Tan': another person in the same role.
  { id: 'role-filler', reason: 'agent', preconditions: ['same-time', 'firm'], detect: roleFillerConflict },
];

/** The conflict between two aligned claims, `a` in the article under check, trying each sub-rule both ways round. */
export function conflictBetween(a: ClaimSide, b: ClaimSide): Conflict | null {
  const holds: Record<SharedPrecondition, boolean> = {
    'same-time': !differentTimes(a, b),
    firm: !a.claim.hedge && !b.claim.hedge,
  };
  for (const rule of CONTRADICTION_SUB_RULES) {
    if (!rule.preconditions.every((p) => holds[p])) continue;
    const forward = rule.detect(a, b);
    if (forward) return { ...forward, reason: rule.reason };
    const backward = rule.detect(b, a);
    if (backward) {
      const [left, right] = backward.detail.split(' ↔ ');
      return {
        ...backward,
        reason: rule.reason,
        detail: right !== undefined ? `${right} ↔ ${left}` : backward.detail,
        here: backward.there,
        there: backward.here,
      };
    }
  }
  return null;
}
