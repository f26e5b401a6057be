//! Print the cleaner's zones and header date for each file given, for
//! inspecting the cleaner from scripts.
use attache::clean::Cleaner;

fn main() -> std::io::Result<()> {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path)?;
        let a = Cleaner::new().analyze(&text);
        println!("{path}: date {:?}", a.date);
        for z in &a.zones {
            println!("  {:<11} {:?}", z.kind.as_str(), z.span.slice(&text));
        }
    }
    Ok(())
}
