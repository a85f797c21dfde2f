// Where the repository is, for files read at run time (presets, package.json): two levels
// above src/cli when run from source, and wherever the bundle's build says when bundled
// (src/cli/bundle.mjs puts it under node_modules/).
declare const __QUASIMARKET_ROOT__: string | undefined;

export const BUNDLED = typeof __QUASIMARKET_ROOT__ !== 'undefined';

export function rootUrl(path = ''): URL {
  return new URL((BUNDLED ? __QUASIMARKET_ROOT__ : '../../') + path, import.meta.url);
}
