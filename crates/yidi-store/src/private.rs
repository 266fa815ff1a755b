//! Files and folders only their owner may read: the store, its journal, exports, desk files.
//!
//! On Unix, folders this code creates are 0700 and files 0600 from the moment they exist (no
//! window in which they are 0644). Existing folders are left as they are: a store placed in a
//! shared folder by choice keeps that folder's mode, but the file itself is still 0600. SQLite
//! gives its rollback journal the database file's mode, so the journal is 0600 too. Elsewhere
//! (Windows) the user's profile folders are private by their ACLs and nothing is changed.

use std::{fs, io, path::Path};

/// Creates `dir` and any missing parents with mode 0700.
pub fn create_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Creates (or truncates) `path` for writing with mode 0600; an existing file is set to 0600.
pub fn create_file(path: &Path) -> io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(fs::Permissions::from_mode(0o600))?;
    }
    Ok(file)
}

/// Creates a new empty file with mode 0600, failing if it exists.
pub fn create_new_file(path: &Path) -> io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}
