import type { Severity } from '../core/findings';

export type Command = 'check' | 'quotes' | 'figures' | 'claims' | 'story';
export type Format = 'text' | 'json' | 'sarif' | 'github';
export type FailOn = 'error' | 'warning' | 'none';

export interface Options {
  command: Command;
  format: Format;
  failOn: FailOn;
  /** Whether the command was named (a first word that is neither a command nor a path is a typo, not a missing path). */
  commandGiven: boolean;
  /** Only the findings that fail the run, no summary and no notices of skipped files. */
  quiet: boolean;
  /** The project file given with --config, overriding each folder's .sourcecheck.json. */
  config?: string;
  /** Files larger than this many bytes are skipped with a message. */
  maxFileBytes: number;
  paths: string[];
}

export class UsageError extends Error {}

export const USAGE = `Usage: sourcecheck [check] [--format text|json|sarif|github] [--fail-on warning|error|none] [--quiet] [--config FILE] PATH...
       sourcecheck quotes|figures|claims|story [--format json|text] PATH...

Checks news articles (*.txt, *.md) against each other: unattributed quotes,
inconsistent figures and contradictions. A folder means every *.txt and *.md
file under it. All files are loaded together. A .sourcecheck.json in a folder
(or above it) sets the rules, include/exclude, ignored findings and accepted
differences for the articles under it.

Options:
  --format FORMAT    text (default), json, sarif or github (GitHub Actions
                     annotations); sarif and github only for check
  --fail-on LEVEL    exit 1 when a finding reaches LEVEL: warning (default: the
                     findings Source Check is sure of), error, none
  --quiet            print only the findings that fail the run (all of them with
                     --fail-on none), no summary and no notices of skipped files
  --config FILE      use this project file instead of each folder's .sourcecheck.json
  --max-file-size N  skip files larger than N megabytes (default 10)
  -h, --help         show this help
  -v, --version      show the version

Exit status: 0 no finding reaches --fail-on; 1 one does; 2 a usage error (an
unknown command or option, a path with no articles) or an unreadable file
(the other files are still checked).`;

export const COMMANDS: readonly Command[] = ['check', 'quotes', 'figures', 'claims', 'story'];

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) throw new UsageError(`${flag} needs a value: ${allowed.join(', ')}`);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not '${value}'`);
  }
  return value as T;
}

/** Parses the command line (without node and the script). Returns 'help'/'version' for those flags. */
export function parseArgs(argv: string[]): Options | 'help' | 'version' {
  const options: Options = {
    command: 'check',
    commandGiven: false,
    format: 'text',
    failOn: 'warning',
    quiet: false,
    maxFileBytes: 10 * 1024 * 1024,
    paths: [],
  };
  let i = 0;
  if (argv[0] && (COMMANDS as readonly string[]).includes(argv[0])) {
    options.command = argv[0] as Command;
    options.commandGiven = true;
    i = 1;
  }
  for (; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '-h':
      case '--help':
        return 'help';
      case '-v':
      case '--version':
        return 'version';
      case '--format':
        options.format = oneOf('--format', value(), ['text', 'json', 'sarif', 'github'] as const);
        break;
      case '-q':
      case '--quiet':
        options.quiet = true;
        break;
      case '--config': {
        const v = value();
        if (!v) throw new UsageError('--config needs the path of a project file (.sourcecheck.json)');
        options.config = v;
        break;
      }
      case '--fail-on':
        options.failOn = oneOf('--fail-on', value(), ['warning', 'error', 'none'] as const);
        break;
      case '--max-file-size': {
        const v = value();
        const mb = Number(v);
        if (!v || !Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-file-size needs a positive number of megabytes, not '${v ?? ''}'`);
        options.maxFileBytes = mb * 1024 * 1024;
        break;
      }
      case '--':
        options.paths.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option '${flag}'`);
        options.paths.push(arg);
    }
  }
  if (options.paths.length === 0) throw new UsageError('no PATH given: name the article files or folders to check');
  if ((options.format === 'sarif' || options.format === 'github') && options.command !== 'check') {
    throw new UsageError(`--format ${options.format} is only for check, not ${options.command}`);
  }
  return options;
}

/** Whether a finding of this severity makes the run fail. */
export function reachesFailOn(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  if (failOn === 'error') return severity === 'error';
  return severity === 'error' || severity === 'warning';
}

/**
 * A first word that names no command and no existing file, and looks like a
 * word rather than a path ('chek', 'figure'), is a mistyped command: saying
 * so beats reporting a missing file. Returns the message, or undefined.
 */
export function unknownCommand(options: Options, exists: (path: string) => boolean): string | undefined {
  const first = options.paths[0];
  if (options.commandGiven || first === undefined || !/^[a-z][a-z-]*$/i.test(first) || exists(first)) return undefined;
  const near = COMMANDS.find((command) => editDistance(command, first.toLowerCase()) <= 2);
  return `unknown command '${first}'${near ? ` (did you mean '${near}'?)` : ''}: the commands are ${COMMANDS.join(', ')}`
    + ' (or give the path of an article file or folder)';
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}
