//! Writes the checked-in renderings of the contract (docs, C header, SV package).
fn main() -> std::io::Result<()> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for (path, text) in openrnic_contract::render::all() {
        let p = root.join(path);
        std::fs::create_dir_all(p.parent().unwrap())?;
        std::fs::write(&p, text)?;
        println!("wrote {path}");
    }
    Ok(())
}
