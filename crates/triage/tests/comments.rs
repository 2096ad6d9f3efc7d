//! Comments name only files and functions that exist: every file path in the project's
//! sources (backticked, or bare from one of the project's top folders: `src/…`, `crates/…`)
//! and every backticked function (`name()` or `Type::name`) is looked up, so a rename or a
//! removal that leaves a stale comment fails here. A path is read from the project's root,
//! from the commenting file's crate (`src/…` in `crates/triage`), or from the file's folder.

use crate::common;

use std::path::{Path, PathBuf};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
const SOURCE_DIRS: [&str; 8] = ["src", "crates", "tests", "www", "scripts", "bench", "fuzz", ".cargo"];
/// The files at the top that hold comments.
const ROOT_FILES: [&str; 4] = ["Cargo.toml", "Trunk.toml", "index.html", ".ci/run"];
/// The top folders a bare path in a comment may start with.
const TOP_FOLDERS: [&str; 9] = ["src/", "crates/", "tests/", "www/", "scripts/", "bench/", "docs/", "fuzz/", "pkg/"];
const EXTENSIONS: [&str; 8] = ["rs", "mjs", "js", "ts", "py", "html", "css", "toml"];

/// The folders the build writes (git ignores them). A comment that names a file in one of them
/// names a file a clean checkout does not have until the build has run, so the test would pass
/// or fail by the order of CI's steps: such a path must name the source the build copies instead.
const BUILT: [&str; 5] = ["pkg/", "target/", "dist/", "safety-case/", "test-results/"];

/// Installed or generated trees, which are not ours to keep tidy.
const NOT_OURS: [&str; 7] = ["node_modules", "dist", "target", "corpus", "artifacts", ".work", "pkg"];

fn sources() -> Vec<(PathBuf, String)> {
    let mut paths = vec![];
    for dir in SOURCE_DIRS {
        let ours = |p: &Path| p.extension().is_some_and(|e| EXTENSIONS.contains(&e.to_string_lossy().as_ref()));
        common::files_under(&Path::new(ROOT).join(dir), &NOT_OURS, &ours, &mut paths);
    }
    paths.extend(ROOT_FILES.map(|f| Path::new(ROOT).join(f)));
    paths.into_iter().filter_map(|p| std::fs::read_to_string(&p).ok().map(|text| (p, text))).collect()
}

/// The backticked spans of the comment lines of `text` (`//`, `#`, `/*`, `*` and `<!--` lines),
/// and the bare words outside backticks that start with one of [`TOP_FOLDERS`].
fn backticked_in_comments(text: &str) -> Vec<String> {
    let mut out = vec![];
    for comment in comment_lines(text) {
        out.extend(comment.split('`').skip(1).step_by(2).map(str::to_owned));
        for outside in comment.split('`').step_by(2) {
            let words = outside.split(|c: char| c.is_whitespace() || "(),;".contains(c));
            let bare = words
                .map(|w| w.trim_end_matches([':', '.']))
                .filter(|w| TOP_FOLDERS.iter().any(|top| w.starts_with(top)));
            out.extend(bare.map(str::to_owned));
        }
    }
    out
}

/// The comment part of each comment line of `text`.
fn comment_lines(text: &str) -> Vec<&str> {
    let mut out = vec![];
    for line in text.lines() {
        let t = line.trim_start();
        let comment = if let Some(i) = line.find("// ").or_else(|| line.find("//! ")).or_else(|| line.find("/// ")) {
            &line[i..]
        } else if t.starts_with('#') && !t.starts_with("#[") && !t.starts_with("#!") || t.starts_with('*') {
            t
        } else {
            continue;
        };
        out.push(comment);
    }
    out
}

/// The folder of the crate `file` belongs to: the nearest folder above it with a Cargo.toml.
fn crate_of(file: &Path) -> Option<&Path> {
    file.ancestors().skip(1).find(|dir| dir.join("Cargo.toml").exists())
}

fn looks_like_path(s: &str) -> bool {
    s.contains('/')
        && !s.contains(' ')
        && !s.contains("://")
        && !s.starts_with('<')
        && EXTENSIONS.iter().chain(&["md", "json", "png", "sh"]).any(|e| s.ends_with(&format!(".{e}")))
}

#[test]
fn every_file_a_comment_names_exists() {
    let mut stale = vec![];
    for (file, text) in sources() {
        for span in backticked_in_comments(&text) {
            // Paths are written from the project's root, or relative to the commenting file.
            let span = span.trim_start_matches("./");
            if looks_like_path(span) && BUILT.iter().any(|built| span.starts_with(built)) {
                stale.push(format!(
                    "{}: `{span}` is built, not kept",
                    file.strip_prefix(ROOT).unwrap_or(&file).display()
                ));
                continue;
            }
            let relative = file.parent().map(|d| d.join(span));
            let exists = Path::new(ROOT).join(span).exists()
                || relative.is_some_and(|p| p.exists())
                || crate_of(&file).is_some_and(|dir| dir.join(span).exists())
                || span.starts_with("../shared/") && Path::new(ROOT).join(span).exists();
            if looks_like_path(span)
                && !exists
                && !span.starts_with("../")
                && !span.contains('<')
                && !span.contains('*')
            {
                stale.push(format!("{}: `{span}`", file.strip_prefix(ROOT).unwrap_or(&file).display()));
            }
        }
    }
    assert!(stale.is_empty(), "comments name files that do not exist:\n{}", stale.join("\n"));
}

#[test]
fn every_rust_function_a_comment_names_exists() {
    let all = sources();
    // Every name defined by `fn` or `mod` in the Rust sources.
    let mut defined = std::collections::HashSet::new();
    for (_, text) in all.iter().filter(|(p, _)| p.extension().is_some_and(|e| e == "rs")) {
        let words: Vec<&str> = text.split_whitespace().collect();
        for pair in words.windows(2).filter(|w| w[0] == "fn" || w[0] == "mod") {
            defined.insert(pair[1].split(['(', '<', ';', '{']).next().unwrap_or(pair[1]));
        }
    }
    let mut stale = vec![];
    for (file, text) in all.iter().filter(|(p, _)| p.extension().is_some_and(|e| e == "rs")) {
        for span in backticked_in_comments(text) {
            // `evaluate()`, `Country::dial`, `Answers::validate()`: the last segment must be a fn.
            let name = span.trim_end_matches("()");
            let last = name.rsplit("::").next().unwrap_or(name);
            let is_fn_ref = (span.ends_with("()") || name.contains("::"))
                && !last.is_empty()
                && last.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                && !span.contains(' ');
            if is_fn_ref && !defined.contains(last) {
                stale.push(format!("{}: `{span}`", file.strip_prefix(ROOT).unwrap_or(file).display()));
            }
        }
    }
    assert!(stale.is_empty(), "comments name functions that do not exist:\n{}", stale.join("\n"));
}
