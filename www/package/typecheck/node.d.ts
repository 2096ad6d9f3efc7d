// The one Node.js module node.js imports (the types of Node.js are not installed: `types` is
// empty in tsconfig.check.json).
declare module 'node:fs/promises' {
  export function readFile(path: URL): Promise<Uint8Array>;
}
