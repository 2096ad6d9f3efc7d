//! The decision core's JavaScript API (`evaluate`, `questionnaire`,
//! `answersFromQuestionnaireResponse`, and what the element needs to pre-fill and report a
//! result), without Leptos, so that Node.js and bundlers load a small WASM
//! (`scripts/build-extras` builds it as `wasm/back-pain-triage-core`). The result WASM
//! (`crates/result-wasm`) carries the same API.
//!
//! Only for the browser and Node.js: natively this crate is empty.

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
mod fhir_from_js;
#[cfg(target_arch = "wasm32")]
mod js;

// These WASMs (the core, and the result, which links this crate) allocate little and briefly
// per call; a sorted free list that merges neighbours is enough, and its code is a fraction of
// Rust's default dlmalloc (bench/results/2026-11-30-size.md). The widget keeps the default.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: these WASMs are built without the atomics target feature, so each has one thread:
// nothing can allocate or free concurrently.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
