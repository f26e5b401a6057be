//! The two hash functions the model depends on, bit for bit.
//!
//! - spaCy's string ids: MurmurHash64A of the UTF-8 bytes with seed 1
//!   (`spacy.strings.hash_string`).
//! - thinc's `HashEmbed` keys: MurmurHash3 x86-128 specialised to one
//!   64-bit value (`NumpyOps.hash`), giving four 32-bit row keys per id.

/// MurmurHash64A (Austin Appleby's MurmurHash2, 64-bit variant).
pub fn murmurhash64a(key: &[u8], seed: u64) -> u64 {
    const M: u64 = 0xc6a4_a793_5bd1_e995;
    const R: u32 = 47;
    let mut h = seed ^ (key.len() as u64).wrapping_mul(M);
    let mut blocks = key.chunks_exact(8);
    for block in &mut blocks {
        let mut k = u64::from_le_bytes(block.try_into().expect("8-byte block"));
        k = k.wrapping_mul(M);
        k ^= k >> R;
        k = k.wrapping_mul(M);
        h ^= k;
        h = h.wrapping_mul(M);
    }
    let tail = blocks.remainder();
    if !tail.is_empty() {
        for (i, &b) in tail.iter().enumerate() {
            h ^= u64::from(b) << (8 * i);
        }
        h = h.wrapping_mul(M);
    }
    h ^= h >> R;
    h = h.wrapping_mul(M);
    h ^= h >> R;
    h
}

/// spaCy's `hash_string`.
pub fn hash_string(s: &str) -> u64 {
    murmurhash64a(s.as_bytes(), 1)
}

fn fmix64(mut k: u64) -> u64 {
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51_afd7_ed55_8ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    k ^= k >> 33;
    k
}

/// thinc's `MurmurHash3_x86_128_uint64`: the four 32-bit keys `HashEmbed`
/// takes modulo its table size.
pub fn hash_embed_keys(val: u64, seed: u32) -> [u32; 4] {
    let mut h1 = val.wrapping_mul(0x87c3_7b91_1142_53d5);
    h1 = h1.rotate_left(31);
    h1 = h1.wrapping_mul(0x4cf5_ad43_2745_937f);
    h1 ^= u64::from(seed);
    h1 ^= 8;
    let mut h2 = u64::from(seed);
    h2 ^= 8;
    h1 = h1.wrapping_add(h2);
    h2 = h2.wrapping_add(h1);
    h1 = fmix64(h1);
    h2 = fmix64(h2);
    h1 = h1.wrapping_add(h2);
    h2 = h2.wrapping_add(h1);
    [h1 as u32, (h1 >> 32) as u32, h2 as u32, (h2 >> 32) as u32]
}

#[cfg(test)]
mod tests {
    use super::*;

    // Values printed by spaCy 3.8 / thinc 8.3 (`hash_string`, `NumpyOps.hash`).
    #[test]
    fn string_hash_matches_spacy() {
        assert_eq!(hash_string("the"), 7425985699627899538);
        assert_eq!(hash_string("Apple"), 6418411030699964375);
        assert_eq!(hash_string("ü"), 12942299606800070975);
        assert_eq!(hash_string("abcdefgh"), 17751780907874141760);
        assert_eq!(hash_string("abcdefghijklmnopq"), 2395869216546743846);
    }

    #[test]
    fn embed_keys_match_thinc() {
        assert_eq!(hash_embed_keys(0, 8), [0, 0, 0, 0]);
        assert_eq!(
            hash_embed_keys(1, 8),
            [1161550108, 2247783286, 1742325162, 1224191281]
        );
        assert_eq!(
            hash_embed_keys(7425985699627899538, 8),
            [2332737498, 1315472909, 1351622599, 1973209364]
        );
        assert_eq!(
            hash_embed_keys(u64::MAX, 13),
            [3199409384, 1062937581, 752279700, 3061442444]
        );
        assert_eq!(
            hash_embed_keys(0, 13),
            [1041741114, 1039425791, 1457952615, 394743738]
        );
    }
}
