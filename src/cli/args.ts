import type { Severity } from '../core/findings';

export type Command = 'check' | 'quotes' | 'figures' | 'claims';
export type Format = 'text' | 'json' | 'sarif';
export type FailOn = 'error' | 'warning' | 'none';

export interface Options {
  command: Command;
  format: Format;
  failOn: FailOn;
  /** Files larger than this many bytes are skipped with a message. */
  maxFileBytes: number;
  paths: string[];
}

export class UsageError extends Error {}

export const USAGE = `Usage: sourcecheck [check] [--format text|json|sarif] [--fail-on error|warning|none] PATH...
       sourcecheck quotes|figures|claims [--format json|text] PATH...

Checks news articles (*.txt, *.md) against each other: unattributed quotes,
inconsistent figures and contradictions. A folder means every *.txt and *.md
file under it. All files are loaded together.

Options:
  --format FORMAT    text (default), json or sarif (sarif only for check)
  --fail-on LEVEL    exit 1 when a finding reaches LEVEL: error (default), warning, none
  --max-file-size N  skip files larger than N megabytes (default 10)
  -h, --help         show this help
  -v, --version      show the version

Exit status: 0 no finding reaches --fail-on; 1 one does; 2 usage error or an
unreadable file (the other files are still checked).`;

const COMMANDS: readonly Command[] = ['check', 'quotes', 'figures', 'claims'];

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) throw new UsageError(`${flag} needs a value: ${allowed.join(', ')}`);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not '${value}'`);
  }
  return value as T;
}

/** Parses the command line (without node and the script). Returns 'help'/'version' for those flags. */
export function parseArgs(argv: string[]): Options | 'help' | 'version' {
  const options: Options = { command: 'check', format: 'text', failOn: 'error', maxFileBytes: 10 * 1024 * 1024, paths: [] };
  let i = 0;
  if (argv[0] && (COMMANDS as readonly string[]).includes(argv[0])) {
    options.command = argv[0] as Command;
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
        options.format = oneOf('--format', value(), ['text', 'json', 'sarif'] as const);
        break;
      case '--fail-on':
        options.failOn = oneOf('--fail-on', value(), ['error', 'warning', 'none'] as const);
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
  if (options.format === 'sarif' && options.command !== 'check') throw new UsageError(`--format sarif is only for check, not ${options.command}`);
  return options;
}

/** Whether a finding of this severity makes the run fail. */
export function reachesFailOn(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  if (failOn === 'error') return severity === 'error';
  return severity === 'error' || severity === 'warning';
}
