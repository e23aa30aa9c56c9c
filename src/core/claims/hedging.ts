import type { Token } from '../text/tokens';

/**
 * Hedging: a claim the article does not assert firmly ('may have', 'reportedly',
 * 'is believed to', 'whether', 'too early to'). A hedged claim against a firm one
 * is not something an editor must resolve, so the rules skip hedged claims.
 */
const HEDGE_WORDS = new Set([
  'may', 'might', 'could', 'would', 'possibly', 'probably', 'likely', 'unlikely', 'perhaps', 'reportedly',
  'allegedly', 'apparently', 'possible', 'purportedly', 'supposedly', 'suspected', 'unconfirmed', 'whether', 'if',
  'rumoured', 'rumored', 'speculation', 'speculated', 'seems', 'seem', 'seemed', 'appears', 'appeared',
  // Predictions and opinions are not facts an editor can check against another article.
  // Habits and tendencies ('more often than not', 'usually') say what tends to happen, not what happened.
  'often', 'usually', 'sometimes', 'generally', 'typically', 'rarely', 'seldom', 'occasionally',
  'will', 'shall', 'think', 'thinks', 'hope', 'hopes', 'hoped', 'hoping', 'guess', 'suspect', 'suspects', 'plans', 'planned', 'intends',
]);

/** Reporting verbs after which 'would' is the reported 'will' of a firm statement, not a hedge. */
const REPORTED_SPEECH = new Set(['said', 'confirmed', 'announced', 'told', 'insisted', 'stated', 'added', 'declared']);

/** Passive belief verbs that hedge when followed by 'to' ('is believed to', 'are thought to'). */
const BELIEF_TO = new Set(['believed', 'thought', 'understood', 'expected', 'feared', 'said']);

/** The first hedge cue in the tokens, or undefined. 'could not be ruled out' is a firm claim of possibility, not a hedge. */
export function hedgeCue(tokens: readonly Token[]): Token | undefined {
  return hedgeCueFrom(tokens, 0)?.token;
}

/** Belief verbs: 'Investigators believe S', 'S, police think', 'X is understood to have V-ed'. */
const BELIEF = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'understood', 'suspect', 'suspects']);

/**
 * The first hedge cue that is speculation, not a belief attributed to someone.
 * 'Investigators believe S' and 'is understood to have' give S as a source's
 * account: against another account of the same cause, that is a conflict an
 * editor must resolve. 'may have', 'possibly', 'could' stay hedges.
 */
export function speculationCue(tokens: readonly Token[]): Token | undefined {
  for (let from = 0; from < tokens.length; ) {
    const cue = hedgeCueFrom(tokens, from);
    if (!cue) return undefined;
    if (!BELIEF.has(cue.token.normal)) return cue.token;
    from = cue.index + 1;
  }
  return undefined;
}

function hedgeCueFrom(tokens: readonly Token[], from: number): { token: Token; index: number } | undefined {
  const found = (i: number) => ({ token: tokens[i], index: i });
  for (let i = from; i < tokens.length; i++) {
    const w = tokens[i].normal;
    if (HEDGE_WORDS.has(w)) {
      // 'X said/confirmed that S would V': reported speech shifts 'will' back to 'would'; the report states S firmly.
      if (w === 'would' && tokens.slice(0, i).some((t) => REPORTED_SPEECH.has(t.normal))) continue;
      if ((w === 'could' || w === 'can' || w === 'may') && excludedPossibility(tokens, i)) continue;
      return found(i);
    }
    if (BELIEF_TO.has(w) && tokens[i + 1]?.normal === 'to' && i > 0 && /^(?:is|are|was|were|be|been)$/.test(tokens[i - 1].normal)) {
      return found(i);
    }
    // 'too early to say' hedges; 'too early to rule out X' states firmly that X is still possible, like 'could not be ruled out'.
    if (w === 'too' && tokens[i + 1]?.normal === 'early' && !/^to (?:rule out|exclude|discount)\b/.test(tokens.slice(i + 2, i + 5).map((t) => t.normal).join(' '))) return found(i);
  }
  return undefined;
}

/** 'could not be ruled out / excluded' at index i. */
function excludedPossibility(tokens: readonly Token[], i: number): boolean {
  const next = tokens.slice(i + 1, i + 5).map((t) => t.normal).join(' ');
  return /^(?:not|n't) (?:be )?(?:ruled out|rule out|excluded|exclude|discounted|discount)\b/.test(next);
}
