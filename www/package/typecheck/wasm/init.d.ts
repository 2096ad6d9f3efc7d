// What every wasm-bindgen glue module (wasm/*.js, `--target web`) exports for loading its WASM.

/** Where the WASM comes from: the `source` of init(), a URL, or a fetch under way. */
export type WasmSource = string | URL | Request | Response | Promise<Response> | BufferSource | WebAssembly.Module;

/** Fetches (or takes) and instantiates the WASM; resolves once it can be called. */
export type InitWasm = (options: { module_or_path: WasmSource }) => Promise<unknown>;
