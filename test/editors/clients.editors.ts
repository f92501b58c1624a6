import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { budgetdoc, ROOT } from '../cli/budgetdoc';

/**
 * The set-ups docs/editors.md gives for Neovim 0.7 and Emacs (eglot), run as written in the real editors, headless,
 * with only the server's command pointed at this checkout's bundle: each must show the findings the CLI reports.
 * Needs `nvim`, `emacs` and eglot (Debian: neovim, emacs-nox, elpa-eglot), as .ci/run installs them.
 */

const EXAMPLE = join(ROOT, 'examples', 'cangzhou-2018.budget.yaml');
const SECOND = join(ROOT, 'examples', 'statistics-2024.budget.yaml');
const SERVER = join(ROOT, 'dist', 'server.js');
const DOCS = readFileSync(join(ROOT, 'docs', 'editors.md'), 'utf8');

/** The fenced block of docs/editors.md whose first line is `first`. */
function snippet(first: string): string {
  const start = DOCS.indexOf(`${first}\n`);
  assert.ok(start >= 0, `docs/editors.md has no block starting ${first}`);
  return DOCS.slice(start, DOCS.indexOf('\n```', start));
}

/** The messages the CLI reports for the example in Chinese (the locale both set-ups name), sorted. */
function cliMessages(): string[] {
  const ran = budgetdoc(['check', '--format', 'json', '--locale', 'zh-CN', EXAMPLE]);
  const { findings } = JSON.parse(ran.stdout) as { findings: { message: string }[] };
  return findings.map((f) => f.message).sort();
}

function runIn(command: string, args: readonly string[], cwd: string): string {
  const ran = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 60_000 });
  assert.equal(ran.error, undefined, `${command}: ${String(ran.error)}`);
  return ran.stdout;
}

describe('third-party LSP clients with the set-ups of docs/editors.md', function () {
  this.timeout(90_000);
  const work = mkdtempSync(join(tmpdir(), 'budget-editors-'));

  it('Neovim 0.7: the buffer gets every finding the CLI reports, in the locale of the settings, and a second budget buffer the same server', () => {
    const init = snippet('-- init.lua (Neovim 0.7+)').replace("'budget-language-server', '--stdio'", `'node', ${JSON.stringify(SERVER)}, '--stdio'`);
    assert.ok(init.includes(SERVER), 'the set-up names budget-language-server --stdio');
    writeFileSync(join(work, 'init.lua'), init);
    const out = join(work, 'nvim.txt');
    writeFileSync(join(work, 'probe.lua'), `
local function report()
  local lines = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do table.insert(lines, d.message) end
  vim.fn.writefile(lines, ${JSON.stringify(out)})
  local first = vim.api.nvim_get_current_buf()
  vim.cmd('edit ' .. vim.fn.fnameescape(${JSON.stringify(SECOND)}))
  local second = vim.api.nvim_get_current_buf()
  local clients = {}
  for _, c in pairs(vim.lsp.get_active_clients()) do
    table.insert(clients, c.name .. ' ' .. tostring(vim.lsp.buf_is_attached(first, c.id)) .. ' ' .. tostring(vim.lsp.buf_is_attached(second, c.id)))
  end
  vim.fn.writefile(clients, ${JSON.stringify(out + '.clients')})
  vim.cmd('qa!')
end
local waited = 0
local function poll()
  waited = waited + 200
  if #vim.diagnostic.get(0) > 0 or waited > 30000 then vim.defer_fn(report, 1000) else vim.defer_fn(poll, 200) end
end
vim.defer_fn(poll, 200)
`);
    runIn('nvim', ['--headless', '-u', join(work, 'init.lua'), '-c', `luafile ${join(work, 'probe.lua')}`, EXAMPLE], work);
    assert.deepEqual(readFileSync(out, 'utf8').trimEnd().split('\n').sort(), cliMessages());
    // One client, attached to both buffers.
    assert.deepEqual(readFileSync(`${out}.clients`, 'utf8').trimEnd().split('\n'), ['budget true true']);
  });

  it('Emacs with eglot: Flymake gets every finding the CLI reports, in the locale of eglot-workspace-configuration', () => {
    const init = snippet(';; init.el').replace('("budget-language-server" "--stdio")', `("node" ${JSON.stringify(SERVER)} "--stdio")`);
    assert.ok(init.includes(SERVER), 'the set-up names budget-language-server --stdio');
    const out = join(work, 'emacs.txt');
    // Batch Emacs runs no commands, so eglot-ensure (which waits for one) is replaced by starting eglot directly.
    writeFileSync(join(work, 'init.el'), `${init}
(find-file ${JSON.stringify(EXAMPLE)})
(apply #'eglot (eglot--guess-contact))
(let ((n 0)) (while (and (< n 150) (null (flymake-diagnostics))) (accept-process-output nil 0.2) (setq n (1+ n))))
(accept-process-output nil 1)
(let ((texts (mapcar #'flymake-diagnostic-text (flymake-diagnostics))))
  (with-temp-file ${JSON.stringify(out)}
    (dolist (text texts) (insert text "\\n"))))
(kill-emacs 0)
`);
    runIn('emacs', ['--batch', '-l', join(work, 'init.el')], work);
    // Eglot shows a diagnostic as "source [code]: message".
    const shown = readFileSync(out, 'utf8').trimEnd().split('\n').map((line) => line.replace(/^budget \[[a-z-]+\]: /, ''));
    assert.deepEqual(shown.sort(), cliMessages());
  });
});
