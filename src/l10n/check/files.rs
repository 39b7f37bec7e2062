//! Reading a locale from disk: its folder, its `.ftl` files, each read at most
//! [`MAX_FTL_BYTES`] + 1 bytes.

use super::*;

/// The FTL files of one locale, read from disk.
#[derive(Debug, Clone)]
pub struct LocaleFiles {
    /// The folder (or the file, when one file was named) shown for the locale.
    pub path: PathBuf,
    /// The locale's tag: the folder's name (for a file, its folder's name), when
    /// that is a BCP 47 tag.
    pub tag: Option<String>,
    /// Each `*.ftl` file, sorted by name: its path for findings and its bytes (at
    /// most [`MAX_FTL_BYTES`] + 1 of them are read: one more says it is too large).
    pub files: Vec<(String, Vec<u8>)>,
}

impl LocaleFiles {
    /// Checks these files (see [`check`]).
    pub fn check(&self) -> Checked<'_> {
        let files: Vec<FtlFile> = self
            .files
            .iter()
            .map(|(name, bytes)| FtlFile { name, bytes })
            .collect();
        check(
            self.tag.as_deref(),
            &self.path.display().to_string(),
            &files,
        )
    }
}

/// A read failure as a finding at `path`.
pub(super) fn io_finding(path: &Path, what: &str, e: &std::io::Error) -> Finding {
    Finding {
        file: path.display().to_string(),
        line: 0,
        column: 0,
        kind: Kind::Io,
        message: format!("{what}: {e}"),
    }
}

/// Reads at most [`MAX_FTL_BYTES`] + 1 bytes of `path`.
pub(super) fn read_bounded(path: &Path) -> Result<Vec<u8>, Finding> {
    let file = std::fs::File::open(path).map_err(|e| io_finding(path, "cannot open", &e))?;
    let mut bytes = Vec::new();
    file.take(MAX_FTL_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_finding(path, "cannot read", &e))?;
    Ok(bytes)
}

pub(super) fn is_ftl(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "ftl")
}

/// The `*.ftl` entries of folder `dir`, sorted.
pub(super) fn ftl_entries(dir: &Path) -> Result<Vec<PathBuf>, Finding> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| io_finding(dir, "cannot read the folder", &e))?;
    let mut paths = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|e| io_finding(dir, "cannot read the folder", &e))?
            .path();
        if is_ftl(&path) {
            paths.push(path);
        }
    }
    paths.sort_unstable();
    Ok(paths)
}

/// The tag a folder's name gives, when it is a valid BCP 47 tag, in canonical case.
pub fn tag_of(dir: &Path) -> Option<String> {
    let name = dir.file_name()?.to_str()?;
    crate::locale::canonical_tag(name)
}

/// Reads one locale folder: its `*.ftl` files.
pub fn read_locale_dir(dir: &Path) -> Result<LocaleFiles, Finding> {
    let mut files = Vec::new();
    for path in ftl_entries(dir)? {
        files.push((path.display().to_string(), read_bounded(&path)?));
    }
    Ok(LocaleFiles {
        path: dir.to_owned(),
        tag: tag_of(dir),
        files,
    })
}

/// What `check-locale PATH` checks: a file is one locale (its folder's name is
/// its tag); a folder with `*.ftl` files is one locale; a folder without any is
/// a folder of locales, like `locales/` (each sub-folder with `*.ftl` files).
pub fn read_path(path: &Path) -> Result<Vec<LocaleFiles>, Finding> {
    let meta = std::fs::metadata(path).map_err(|e| io_finding(path, "cannot read", &e))?;
    if !meta.is_dir() {
        let tag = path.parent().and_then(tag_of);
        let files = vec![(path.display().to_string(), read_bounded(path)?)];
        return Ok(vec![LocaleFiles {
            path: path.to_owned(),
            tag,
            files,
        }]);
    }
    if !ftl_entries(path)?.is_empty() {
        return Ok(vec![read_locale_dir(path)?]);
    }
    let mut dirs = Vec::new();
    let entries =
        std::fs::read_dir(path).map_err(|e| io_finding(path, "cannot read the folder", &e))?;
    for entry in entries {
        let sub = entry
            .map_err(|e| io_finding(path, "cannot read the folder", &e))?
            .path();
        if sub.is_dir() {
            dirs.push(sub);
        }
    }
    dirs.sort_unstable();
    let mut locales = Vec::new();
    for dir in dirs {
        if !ftl_entries(&dir)?.is_empty() {
            locales.push(read_locale_dir(&dir)?);
        }
    }
    if locales.is_empty() {
        let e = std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "no .ftl file in it or in its sub-folders",
        );
        return Err(io_finding(path, "nothing to check", &e));
    }
    Ok(locales)
}
