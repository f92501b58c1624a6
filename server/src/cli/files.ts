import { readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve, sep } from 'path';
import ignore, { type Ignore } from 'ignore';
import { minimatch } from 'minimatch';
import { configFor, isIgnored, type ProjectConfig } from '../core';

/** What a folder or a glob finds: documents by these names. */
const DOCUMENT = /\.budget\.ya?ml$/i;
/** Never walked into: what no one means to check. */
const SKIPPED = new Set(['node_modules', '.git']);

/** One argument of `budgetdoc check`, expanded. */
export interface Expanded {
  /** The files it names, as paths to report (relative to the working folder when given so). */
  readonly files: readonly string[];
  /** Set when it names nothing: why, in a few words. */
  readonly nothing?: string;
}

/**
 * Expands the paths of `budgetdoc check`: a file is itself; a folder is every `*.budget.yaml` / `*.budget.yml`
 * below it; a glob (`budgets/**\/*.budget.yaml`, quoted so that the shell leaves it) is every file it matches. What
 * a folder or a glob finds leaves out what the applying `.budgetdoc.yaml` ignores, what `.gitignore` ignores, and
 * `node_modules` and `.git`. A file named as it is is taken as named.
 */
export class FileFinder {
  private readonly gitignores = new Map<string, Ignore | null>();
  constructor(private readonly cwd: string, private readonly configs: Map<string, ProjectConfig | undefined>) {}

  expand(arg: string): Expanded {
    const absolute = resolve(this.cwd, arg);
    const kind = kindOf(absolute);
    if (kind === 'file') return { files: [arg] };
    if (kind === 'dir') {
      const files = this.walk(absolute, () => true).map((f) => this.shown(arg, absolute, f));
      return files.length > 0 ? { files } : { files, nothing: 'no *.budget.yaml here that is not ignored' };
    }
    if (!/[*?[\]{}]/.test(arg)) return { files: [arg] };
    // A glob: walk from the folder before its first wildcard, matching each file's path as the glob is written.
    const pattern = arg.split(sep).join('/');
    const staticPart = pattern.split('/').filter((_, i, parts) => !parts.slice(0, i + 1).some((p) => /[*?[\]{}]/.test(p))).join('/');
    const base = resolve(this.cwd, staticPart || '.');
    if (kindOf(base) !== 'dir') return { files: [], nothing: 'no file matches' };
    const absolutePattern = pattern.startsWith('/') || /^[A-Za-z]:\//.test(pattern);
    const files = this.walk(base, (f) => minimatch(absolutePattern ? f.split(sep).join('/') : relative(this.cwd, f).split(sep).join('/'), pattern.replace(/^\.\//, ''), { dot: false }), false)
      .map((f) => (absolutePattern ? f : relative(this.cwd, f)));
    return files.length > 0 ? { files } : { files, nothing: 'no file matches' };
  }

  /** A file found below a folder argument, named from that argument (`docs/` → `docs/a.budget.yaml`). */
  private shown(arg: string, root: string, file: string): string {
    const below = relative(root, file);
    return arg === '.' || arg === './' ? below : join(arg, below);
  }

  /** The files below `dir` that `take` takes (documents alone when `documentsOnly`), in name order, less what is ignored. */
  private walk(dir: string, take: (file: string) => boolean, documentsOnly = true): string[] {
    const out: string[] = [];
    const visit = (at: string) => {
      let names: string[];
      try {
        names = readdirSync(at).sort();
      } catch {
        return;
      }
      for (const name of names) {
        const path = join(at, name);
        const kind = kindOf(path);
        if (kind === 'dir') {
          if (!SKIPPED.has(name) && !this.gitIgnored(path, true) && !isIgnored(configFor(join(path, 'x'), this.configs), path)) visit(path);
        } else if (kind === 'file' && (!documentsOnly || DOCUMENT.test(name)) && take(path)) {
          if (!this.gitIgnored(path, false) && !isIgnored(configFor(path, this.configs), path)) out.push(path);
        }
      }
    };
    visit(dir);
    return out;
  }

  /** Whether a `.gitignore` of a folder above the path (up to the repository's root) ignores it. */
  private gitIgnored(path: string, isDir: boolean): boolean {
    let ignored = false;
    const folders: string[] = [];
    for (let at = dirname(path); ; at = dirname(at)) {
      folders.unshift(at);
      if (kindOf(join(at, '.git')) !== 'none' || dirname(at) === at) break;
    }
    for (const folder of folders) {
      const rules = this.gitignoreOf(folder);
      if (!rules) continue;
      const rel = relative(folder, path).split(sep).join('/') + (isDir ? '/' : '');
      const verdict = rules.test(rel);
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }

  private gitignoreOf(folder: string): Ignore | null {
    if (!this.gitignores.has(folder)) {
      let rules: Ignore | null = null;
      try {
        rules = ignore().add(readFileSync(join(folder, '.gitignore'), 'utf8'));
      } catch {
        rules = null;
      }
      this.gitignores.set(folder, rules);
    }
    return this.gitignores.get(folder)!;
  }
}

function kindOf(path: string): 'file' | 'dir' | 'none' {
  try {
    const st = statSync(path);
    return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'none';
  } catch {
    return 'none';
  }
}
