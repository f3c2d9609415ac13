//! `openrnic devices` (being written).
#[derive(clap::Args, Debug)]
pub struct Args {}

pub fn run(_a: Args) -> super::Result<()> {
    Err("not built yet".into())
}
