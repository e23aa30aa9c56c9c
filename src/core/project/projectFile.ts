import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { RULES, SEVERITIES, type RuleId, type Severity } from '../findings';

/**
 * `.sourcecheck.json`, the project file a news desk commits beside its
 * articles, as `.cspell.json` or `.markdownlint.jsonc` are: which rules run
 * and how loud, which files are articles, and the findings the desk has
 * dismissed, so that a colleague's editor, the next shift and CI all see the
 * same findings. Paths in it are relative to the folder that holds it, with
 * forward slashes; dismissals are anchored on the words, not on lines.
 * The JSON Schema that editors complete it with is docs/schemas/sourcecheck.schema.json.
 */
export const PROJECT_FILE_NAME = '.sourcecheck.json';

export interface ProjectRule {
  enabled?: boolean;
  severity?: Severity;
}

/** A finding dismissed in one article: its rule, the article and the words of the finding there. */
export interface ProjectIgnoredFinding {
  rule: string;
  file: string;
  text: string;
  /** Why it was dismissed, for the colleague who reads the file. */
  note?: string;
}

/** A difference between two passages the desk accepted: silenced at both places. */
export interface ProjectAcceptedDifference extends ProjectIgnoredFinding {
  otherFile: string;
  otherText: string;
}

export interface ProjectFile {
  rules: Partial<Record<RuleId, ProjectRule>>;
  /** Globs of the articles loaded from the folder; undefined keeps the default (or the user's setting). */
  include?: string[];
  /** Globs never loaded, added to the default ones. */
  exclude: string[];
  ignoredFindings: ProjectIgnoredFinding[];
  acceptedDifferences: ProjectAcceptedDifference[];
}

export interface ParsedProjectFile {
  project: ProjectFile;
  /** What is wrong in the file, each naming the place; the rest of the file still applies. */
  problems: string[];
  /** Whether the file is not JSON at all (then nothing of it applies). */
  broken: boolean;
}

export function emptyProject(): ProjectFile {
  return { rules: {}, exclude: [], ignoredFindings: [], acceptedDifferences: [] };
}

const KEYS = new Set(['$schema', 'rules', 'include', 'exclude', 'ignoredFindings', 'acceptedDifferences']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Line and column (1-based) of an offset, for a message about the file. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

function globs(value: unknown, key: string, problems: string[]): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((g) => typeof g !== 'string')) {
    problems.push(`"${key}" must be a list of glob patterns (strings); it is ignored`);
    return undefined;
  }
  return value as string[];
}

function rules(value: unknown, problems: string[]): Partial<Record<RuleId, ProjectRule>> {
  const out: Partial<Record<RuleId, ProjectRule>> = {};
  if (value === undefined) return out;
  if (!isObject(value)) {
    problems.push('"rules" must be an object keyed by rule id; it is ignored');
    return out;
  }
  for (const [id, setting] of Object.entries(value)) {
    if (!(RULES as readonly string[]).includes(id)) {
      problems.push(`"rules"."${id}" is not a rule of Source Check (${RULES.join(', ')}); it is ignored`);
      continue;
    }
    // "off"/"warning" shorthands, as linters' configurations allow.
    const rule: ProjectRule = {};
    if (setting === 'off' || setting === false) rule.enabled = false;
    else if (setting === true) rule.enabled = true;
    else if (typeof setting === 'string' && (SEVERITIES as readonly string[]).includes(setting)) rule.severity = setting as Severity;
    else if (isObject(setting)) {
      if (setting.enabled !== undefined) {
        if (typeof setting.enabled === 'boolean') rule.enabled = setting.enabled;
        else problems.push(`"rules"."${id}"."enabled" must be true or false`);
      }
      if (setting.severity !== undefined && setting.severity !== 'default') {
        if ((SEVERITIES as readonly string[]).includes(setting.severity as string)) rule.severity = setting.severity as Severity;
        else problems.push(`"rules"."${id}"."severity" must be one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(setting.severity)}`);
      }
    } else {
      problems.push(`"rules"."${id}" must be an object like { "enabled": true, "severity": "warning" }, "off", or a severity`);
      continue;
    }
    out[id as RuleId] = rule;
  }
  return out;
}

function entries<T>(value: unknown, key: string, fields: readonly string[], problems: string[]): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(`"${key}" must be a list; it is ignored`);
    return [];
  }
  const out: T[] = [];
  value.forEach((entry, index) => {
    const missing = isObject(entry) ? fields.filter((f) => typeof entry[f] !== 'string' || entry[f] === '') : fields;
    if (missing.length > 0) {
      problems.push(`"${key}"[${index}] needs ${missing.map((f) => `"${f}"`).join(', ')} (text); it is ignored`);
      return;
    }
    out.push(entry as T);
  });
  return out;
}

/**
 * Reads a project file's text (JSON; comments and trailing commas allowed).
 * Never throws: a broken part is named in `problems` and left out, the rest applies.
 */
export function parseProjectFile(text: string): ParsedProjectFile {
  const problems: string[] = [];
  // A file just created, before anything is written in it.
  if (text.trim() === '') return { project: emptyProject(), problems, broken: false };
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const error of errors.slice(0, 3)) {
    problems.push(`${printParseErrorCode(error.error)} at ${lineColumn(text, error.offset)}`);
  }
  if (errors.length > 0) return { project: emptyProject(), problems, broken: true };
  if (!isObject(value)) {
    problems.push('the file must hold one JSON object');
    return { project: emptyProject(), problems, broken: true };
  }
  for (const key of Object.keys(value)) {
    if (!KEYS.has(key)) problems.push(`"${key}" is not a setting of ${PROJECT_FILE_NAME} (${[...KEYS].filter((k) => k !== '$schema').join(', ')}); it is ignored`);
  }
  const project: ProjectFile = {
    rules: rules(value.rules, problems),
    include: globs(value.include, 'include', problems),
    exclude: globs(value.exclude, 'exclude', problems) ?? [],
    ignoredFindings: entries<ProjectIgnoredFinding>(value.ignoredFindings, 'ignoredFindings', ['rule', 'file', 'text'], problems),
    acceptedDifferences: entries<ProjectAcceptedDifference>(
      value.acceptedDifferences,
      'acceptedDifferences',
      ['rule', 'file', 'text', 'otherFile', 'otherText'],
      problems,
    ),
  };
  return { project, problems, broken: false };
}
