//! Model folders of the trained components: `config.json`, feature lists
//! (one a line) and `weights.safetensors` (f32, little-endian). Shared by
//! the event model and the entity tagger so both read and write folders the
//! same way, with the same errors.

use crate::error::{Error, Result};
use safetensors::{Dtype, SafeTensors};
use serde::Serialize;
use std::path::Path;

/// An error about the model at `path`.
pub fn model_err(path: &Path, message: impl std::fmt::Display) -> Error {
    Error::Model {
        path: path.to_path_buf(),
        message: message.to_string(),
    }
}

/// A text file of a model folder.
pub fn read_text(dir: &Path, name: &str) -> Result<String> {
    let bytes = std::fs::read(dir.join(name)).map_err(|e| Error::io(dir.join(name), e))?;
    String::from_utf8(bytes).map_err(|e| model_err(dir, format!("{name}: {e}")))
}

/// Tensor `name` of `st`, which must be F32 of `shape`.
pub fn read_f32(st: &SafeTensors, name: &str, shape: &[usize], path: &Path) -> Result<Vec<f32>> {
    let v = st
        .tensor(name)
        .map_err(|e| model_err(path, format!("weights.safetensors: {name}: {e}")))?;
    if v.dtype() != Dtype::F32 || v.shape() != shape {
        return Err(model_err(
            path,
            format!(
                "weights.safetensors: {name} is {:?} {:?}, expected F32 {shape:?}",
                v.dtype(),
                v.shape()
            ),
        ));
    }
    Ok(v.data()
        .chunks_exact(4)
        .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect())
}

/// One tensor to save: name, shape, values.
pub type Tensor<'a> = (&'a str, Vec<usize>, &'a [f32]);

/// Writes a model folder: `config.json` (pretty), each list as a text file
/// of one item a line, and the tensors as `weights.safetensors`.
pub fn save_folder(
    dir: &Path,
    config: &impl Serialize,
    lists: &[(&str, &[String])],
    tensors: &[Tensor],
) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let write = |name: &str, bytes: &[u8]| {
        std::fs::write(dir.join(name), bytes).map_err(|e| Error::io(dir.join(name), e))
    };
    let mut json = serde_json::to_string_pretty(config).map_err(|e| model_err(dir, e))?;
    json.push('\n');
    write("config.json", json.as_bytes())?;
    for (name, items) in lists {
        let mut text = items.join("\n");
        if !text.is_empty() {
            text.push('\n');
        }
        write(name, text.as_bytes())?;
    }
    let bytes: Vec<Vec<u8>> = tensors
        .iter()
        .map(|(_, _, v)| v.iter().flat_map(|x| x.to_le_bytes()).collect())
        .collect();
    let views = tensors
        .iter()
        .zip(&bytes)
        .map(|((name, shape, _), b)| {
            safetensors::tensor::TensorView::new(Dtype::F32, shape.clone(), b)
                .map(|v| (*name, v))
                .map_err(|e| model_err(dir, e))
        })
        .collect::<Result<Vec<_>>>()?;
    let data = safetensors::serialize(views, None).map_err(|e| model_err(dir, e))?;
    write("weights.safetensors", &data)
}
