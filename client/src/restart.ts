import { env, window } from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler } from 'vscode-languageclient/node';

/** Crashes within this window count towards giving up. */
const WINDOW_MS = 3 * 60 * 1000;
const MAX_RESTARTS = 4;

/**
 * Restarts a crashed language server and tells the user once, in their
 * language; after repeated crashes it stops and says so.
 */
export function restartingErrorHandler(): ErrorHandler {
  const zh = env.language.toLowerCase().startsWith('zh');
  let crashes: number[] = [];
  let told = false;
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      crashes = [...crashes.filter((t) => now - t < WINDOW_MS), now];
      if (crashes.length > MAX_RESTARTS) {
        return {
          action: CloseAction.DoNotRestart,
          message: zh
            ? '预算文件语言服务器在 3 分钟内反复停止，已不再重启。请查看“输出”面板中的 Budget Language Server 日志，然后重新加载窗口。'
            : 'The budget language server stopped repeatedly within 3 minutes and will not be restarted. See the Budget Language Server log in the Output panel, then reload the window.',
        };
      }
      if (!told) {
        told = true;
        void window.showWarningMessage(zh ? '预算文件语言服务器意外停止，已自动重启。' : 'The budget language server stopped unexpectedly and was restarted.');
      }
      return { action: CloseAction.Restart, handled: true };
    },
  };
}
