//! Print the sentences of stdin, one per record (separator U+001E), for
//! inspecting the segmenter from scripts.
use attache::segment::Segmenter;
use std::io::Read;

fn main() -> std::io::Result<()> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    for s in Segmenter::new().sentences(&text) {
        println!("{s}\u{1e}");
    }
    Ok(())
}
