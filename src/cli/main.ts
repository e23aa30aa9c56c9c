import { Corpus, type CorpusOptions } from '../core/corpus/corpus';
import { articleLanguage } from '../core/text/language';
import type { Finding } from '../core/findings';
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { dismissalsOf } from '../core/project/projectDismissals';
import { governedFindings, projectRuleSettings } from '../core/project/governedFindings';
import { isProjectArticle } from '../core/project/selection';
import { cliProjectPaths, projectLookup } from './project';
import { parseArgs, reachesFailOn, unknownCommand, USAGE, UsageError, type Options } from './args';
import { checkGithub } from './githubAnnotations';
import { loadArticles } from './files';
import { checkJson, checkSarif, checkText, Locator } from './formats';
import { listing } from './listings';
import { hasYoungGenerationFlag, inputBytes, LARGE_INPUT_BYTES, relaunchWithLargerYoungGeneration } from './youngGeneration';

import { version as VERSION } from '../../package.json';

/** The CLI's articles when no project file says otherwise (the contract's *.txt and *.md, and *.markdown). */
const CLI_INCLUDE = ['**/*.txt', '**/*.md', '**/*.markdown'];

interface Output {
  stdout: string;
  stderr: string[];
  code: number;
}

/**
 * Runs the command line without touching process state, so tests can call it.
 * `engine` replaces the detectors (tests inject one that fails, to see that
 * the other files are still checked).
 */
export function run(argv: string[], engine: CorpusOptions = {}): Output {
  let options: Options | 'help' | 'version';
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return { stdout: '', stderr: [`sourcecheck: ${error.message}`, USAGE], code: 2 };
    throw error;
  }
  if (options === 'help') return { stdout: USAGE, stderr: [], code: 0 };
  if (options === 'version') return { stdout: VERSION, stderr: [], code: 0 };
  const typo = unknownCommand(options, existsSync);
  if (typo) return { stdout: '', stderr: [`sourcecheck: ${typo}`], code: 2 };

  const projects = projectLookup(options.config);
  const isArticle = (path: string): boolean => {
    const found = projects.of(path);
    const inProject = found && relative(found.folder, resolve(path)).split(sep).join('/');
    return inProject && !inProject.startsWith('../') ? isProjectArticle(inProject, found.project, CLI_INCLUDE) : /\.(txt|md|markdown)$/i.test(path);
  };
  const loaded = loadArticles(options.paths, options.maxFileBytes, isArticle);
  // Every loaded article's project file, also for a file named on the command line.
  const projectOf = new Map(loaded.files.map((file) => [file.path, projects.of(file.path)]));
  const stderr = [...projects.problems, ...loaded.errors, ...(options.quiet ? [] : loaded.skipped)].map((m) => `sourcecheck: ${m}`);
  if (loaded.files.length === 0) {
    // Nothing on stdout: an empty report of nothing checked would read as clean copy.
    stderr.push('sourcecheck: no articles to check');
    return { stdout: '', stderr, code: 2 };
  }
  const corpus = new Corpus(engine);
  for (const file of loaded.files) corpus.set(file.path, file.text);
  const locator = new Locator((id) => corpus.article(id));
  const unreadable = loaded.errors.length > 0 || projects.failed ? 2 : 0;
  const internalError = (id: string, error: unknown): void => {
    // One article that breaks a detector must not hide the others' findings. The exit status
    // keeps the contract's meaning (findings against --fail-on; 2 only for usage and unreadable
    // files), so a CI run or the evaluation still gets every other file's findings; stderr names the file.
    stderr.push(`sourcecheck: ${id}: internal error while checking (the other files are still checked): ${(error as Error)?.stack ?? error}`);
  };
  const files: string[] = [];
  for (const { path: id } of loaded.files) {
    try {
      corpus.analysis(id);
      files.push(id);
    } catch (error) {
      internalError(id, error);
      continue;
    }
    // Silence on a foreign-language article must not read as a clean bill: say it was not checked.
    const language = articleLanguage(corpus.article(id)!);
    if (!language.english && language.words > 0 && !options.quiet) {
      stderr.push(`sourcecheck: ${id}: skipped: it looks like ${language.language ?? 'a language other than English'}, and sourcecheck checks English articles only`);
    }
  }

  if (options.command !== 'check') {
    return { stdout: listing(options.command, options.format, corpus, files, locator), stderr, code: unreadable };
  }

  // A dismissal names both its articles, so every project's dismissals apply wherever they point.
  const ids = loaded.files.map((file) => file.path);
  const dismissed = projects.all().flatMap((p) => dismissalsOf(p.project, cliProjectPaths(p, ids)));
  const textOf = (id: string, start: number, end: number): string | undefined => corpus.article(id)?.text.slice(start, end);
  const findings: Finding[] = [];
  for (const id of files) {
    try {
      const rules = projectRuleSettings(projectOf.get(id)?.project);
      findings.push(...governedFindings(corpus.check(id), { rules, ignored: dismissed, textOf }));
    } catch (error) {
      internalError(id, error);
    }
  }
  const failing = findings.filter((f) => reachesFailOn(f.severity, options.failOn));
  const shown = options.quiet && options.failOn !== 'none' ? failing : findings;
  const stdout =
    options.format === 'json'
      ? checkJson(locator, files, shown)
      : options.format === 'sarif'
        ? checkSarif(locator, VERSION, shown)
        : options.format === 'github'
          ? checkGithub(locator, shown)
          : checkText(locator, shown, { summary: !options.quiet, unreadable: loaded.errors.length });
  return { stdout, stderr, code: unreadable || (failing.length > 0 ? 1 : 0) };
}

// Only when run as the command, not when a test imports this module.
if (typeof require !== 'undefined' && require.main === module) {
  const argv = process.argv.slice(2);
  const relaunched = largeCheck(argv) ? relaunchWithLargerYoungGeneration(process.argv[1], argv) : undefined;
  if (relaunched !== undefined) process.exitCode = relaunched;
  else runHere(argv);
}

function runHere(argv: string[]): void {
  const result = run(argv);
  if (result.stdout) process.stdout.write(result.stdout + '\n');
  for (const line of result.stderr) process.stderr.write(line + '\n');
  process.exitCode = result.code;
}

/** A check of enough text that a process with larger semi-spaces does it faster (see youngGeneration.ts). */
function largeCheck(argv: string[]): boolean {
  if (hasYoungGenerationFlag(process.execArgv, process.env.NODE_OPTIONS)) return false;
  let options: Options | 'help' | 'version';
  try {
    options = parseArgs(argv);
  } catch {
    return false;
  }
  return typeof options === 'object' && inputBytes(options.paths, options.maxFileBytes, LARGE_INPUT_BYTES) >= LARGE_INPUT_BYTES;
}
