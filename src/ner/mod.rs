//! Named-entity recognition: fills `Doc::entities`.
pub mod onnx;
