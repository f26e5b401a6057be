//! The converted model files, embedded in the binary so that it works
//! anywhere without a model directory (see models/en_core_web_sm/README.md).

macro_rules! model_file {
    ($name:literal) => {
        include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/models/en_core_web_sm/",
            $name
        ))
    };
}

pub const WEIGHTS: &[u8] = model_file!("weights.safetensors");
pub const MODEL_JSON: &[u8] = model_file!("model.json");
pub const TOKENIZER_JSON: &[u8] = model_file!("tokenizer.json");
pub const VOCAB_JSON: &[u8] = model_file!("vocab.json");
pub const UNICODE_JSON: &[u8] = model_file!("unicode.json");
pub const ATTRIBUTE_RULER_JSON: &[u8] = model_file!("attribute_ruler.json");
pub const LEMMATIZER_JSON_GZ: &[u8] = model_file!("lemmatizer.json.gz");
