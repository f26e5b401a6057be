//! The article files tests read: `.txt` files of a folder, in name order.

use std::path::{Path, PathBuf};

/// The `.txt` files directly in `dir`, sorted by name.
pub fn txt_files(dir: impl AsRef<Path>) -> Vec<PathBuf> {
    let dir = dir.as_ref();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
}

/// The seed articles (`seeds/*.txt` of the repository).
pub fn seed_files() -> Vec<PathBuf> {
    txt_files(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"))
}
