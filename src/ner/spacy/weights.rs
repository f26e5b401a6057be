//! Named f32 tensors from `weights.safetensors`.

use safetensors::{Dtype, SafeTensors};
use std::collections::HashMap;

#[derive(Debug, thiserror::Error)]
pub enum WeightsError {
    #[error("weights.safetensors: {0}")]
    Format(#[from] safetensors::SafeTensorError),
    #[error("weights.safetensors: tensor {0} is missing")]
    Missing(String),
    #[error("weights.safetensors: tensor {name} has shape {got:?}, expected {want:?}")]
    Shape {
        name: String,
        got: Vec<usize>,
        want: Vec<usize>,
    },
    #[error("weights.safetensors: tensor {0} is not f32")]
    Dtype(String),
}

pub struct Weights {
    tensors: HashMap<String, (Vec<usize>, Vec<f32>)>,
}

impl Weights {
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, WeightsError> {
        let st = SafeTensors::deserialize(bytes)?;
        let mut tensors = HashMap::new();
        for (name, view) in st.tensors() {
            if view.dtype() != Dtype::F32 {
                return Err(WeightsError::Dtype(name));
            }
            // Copy through from_le_bytes: the embedded bytes need not be
            // aligned for f32.
            let data = view
                .data()
                .chunks_exact(4)
                .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .collect();
            tensors.insert(name, (view.shape().to_vec(), data));
        }
        Ok(Weights { tensors })
    }

    /// The tensor `name`, checked against the shape the code expects.
    pub fn get(&self, name: &str, shape: &[usize]) -> Result<Vec<f32>, WeightsError> {
        let (got, data) = self
            .tensors
            .get(name)
            .ok_or_else(|| WeightsError::Missing(name.to_string()))?;
        if got != shape {
            return Err(WeightsError::Shape {
                name: name.to_string(),
                got: got.clone(),
                want: shape.to_vec(),
            });
        }
        Ok(data.clone())
    }
}
