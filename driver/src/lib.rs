//! openrnic's userspace driver: a verbs API over a [`backend::Backend`].
pub mod backend;
