//! `--shard K/N`: a stable split of a dump across N machines with no
//! coordinator. A document belongs to shard `hash(id) mod N`; the hash is
//! XXH3-64 of the id bytes, fixed by its spec, so every machine and every
//! version agrees. Rejects without an id are placed by `source:line`, so
//! each input line is reported by exactly one shard.

use super::Item;
use std::fmt;
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    /// 0-based shard index, `< n`.
    pub k: u64,
    pub n: u64,
}

impl Shard {
    pub fn owns_key(&self, key: &str) -> bool {
        xxhash_rust::xxh3::xxh3_64(key.as_bytes()) % self.n == self.k
    }

    /// Whether this shard handles an item.
    pub fn owns(&self, item: &Item) -> bool {
        match item {
            Ok(doc) => self.owns_key(&doc.id),
            Err(r) => match &r.id {
                Some(id) => self.owns_key(id),
                None => self.owns_key(&format!("{}:{}", r.source, r.line)),
            },
        }
    }
}

impl FromStr for Shard {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || format!("shard {s:?} must be K/N with 0 <= K < N (e.g. 0/4)");
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let k: u64 = k.trim().parse().map_err(|_| bad())?;
        let n: u64 = n.trim().parse().map_err(|_| bad())?;
        if n == 0 || k >= n {
            return Err(bad());
        }
        Ok(Shard { k, n })
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.k, self.n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Doc;

    #[test]
    fn parses_and_rejects() {
        assert_eq!("2/4".parse::<Shard>(), Ok(Shard { k: 2, n: 4 }));
        for bad in ["4/4", "1/0", "x/2", "3", "-1/2"] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }

    #[test]
    fn every_item_has_exactly_one_owner() {
        let shards: Vec<Shard> = (0..5).map(|k| Shard { k, n: 5 }).collect();
        let mut counts = [0usize; 5];
        for i in 0..1000 {
            let item: Item = Ok(Doc::new(format!("doc-{i}"), "x"));
            let owners: Vec<usize> = (0..5).filter(|&k| shards[k].owns(&item)).collect();
            assert_eq!(owners.len(), 1);
            counts[owners[0]] += 1;
        }
        // Roughly balanced: each shard gets 200 ± 60.
        assert!(
            counts.iter().all(|&c| (140..=260).contains(&c)),
            "{counts:?}"
        );
    }

    #[test]
    fn hash_is_stable() {
        // Fixed by the XXH3 spec: if this changes, every user's shards move.
        assert_eq!(xxhash_rust::xxh3::xxh3_64(b""), 0x2D06800538D394C2);
        let owners: Vec<u64> = ["000_a94cfa9b71a982a4", "001_d83e82a190b96c83", "a", "b"]
            .iter()
            .map(|id| (0..4).find(|&k| Shard { k, n: 4 }.owns_key(id)).unwrap())
            .collect();
        assert_eq!(owners, FROZEN_OWNERS);
    }

    const FROZEN_OWNERS: [u64; 4] = [3, 0, 3, 3];
}
