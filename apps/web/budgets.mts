import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The initial JavaScript a browser downloads before the first screen, gzipped. */
export const INITIAL_JS_BUDGET_BYTES = 300 * 1024;

interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  imports?: string[];
  code?: string;
}

/**
 * Sums the gzipped size of the entry chunks and every chunk they import statically (what loads
 * before anything lazy), and fails the build above the budget. Lazy routes are not counted.
 */
export function initialJavaScriptBytes(bundle: Record<string, ChunkLike>): { bytes: number; files: string[] } {
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (!chunk || chunk.type !== 'chunk' || seen.has(fileName)) return;
    seen.add(fileName);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) visit(chunk.fileName);
  const files = [...seen].sort();
  const bytes = files.reduce((sum, f) => sum + gzipSync(bundle[f].code ?? '').length, 0);
  return { bytes, files };
}

export function budgets(limit = INITIAL_JS_BUDGET_BYTES): Plugin {
  return {
    name: 'casetrail-budgets',
    apply: 'build',
    generateBundle(_options, bundle) {
      const { bytes, files } = initialJavaScriptBytes(bundle as unknown as Record<string, ChunkLike>);
      const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
      const line = `initial JavaScript ${kb(bytes)} gzipped (budget ${kb(limit)}) in ${files.length} file(s)`;
      if (bytes > limit) this.error(`Budget exceeded: ${line}: ${files.join(', ')}`);
      this.info(line);
    },
  };
}
