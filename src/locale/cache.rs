//! A fixed-size, lock-free cache from request strings to negotiated locales.
//!
//! Negotiating costs a parse and a fluent-langneg run (~1 µs); callers repeat
//! the same few requests millions of times. Each slot is one `AtomicU64` holding
//! 56 bits of a keyed hash of the request and the locale index, so memory never
//! grows with the number of distinct requests and no lookup takes a lock.
//!
//! The hash is foldhash, keyed per process from the OS's randomness (through
//! std's `RandomState`, not foldhash's own address-and-clock seed). On the 5–60
//! byte requests callers send, std's SipHash took most of a warm lookup (~25 ns
//! of ~35 ns); foldhash takes a few. It is not a cryptographic hash, but callers
//! do not know its key, and a collision (~2⁻⁵⁶ per pair of requests) could only
//! answer one request in the locale of another: never a crash, never more memory.

use std::hash::{BuildHasher, Hasher, RandomState};
use std::sync::atomic::AtomicU64;
use std::sync::LazyLock;

use foldhash::fast::FoldHasher;
use foldhash::SharedSeed;

use super::{epoch, publish, Locale, MAX_LOCALES};

/// Number of slots. 8 KiB in all, whatever callers send.
pub(crate) const SLOTS: usize = 1024;
const LOCALE_BITS: u64 = 0xFF;

/// foldhash's two seeds, drawn from std's randomly keyed SipHash.
struct Key {
    per_hasher: u64,
    shared: SharedSeed,
}

static KEY: LazyLock<Key> = LazyLock::new(|| {
    let random = RandomState::new();
    Key {
        per_hasher: random.hash_one(1u8),
        shared: SharedSeed::from_u64(random.hash_one(2u8)),
    }
});
static SLOTS_: [AtomicU64; SLOTS] = [const { AtomicU64::new(0) }; SLOTS];

/// The keyed hash of the request's bytes (foldhash mixes the length in itself)
/// and of the registry's epoch: an answer cached before a locale was added
/// never matches a lookup made after.
#[inline]
fn hash(request: &[u8], epoch: u64) -> u64 {
    let key = &*KEY;
    let mut hasher = FoldHasher::with_seed(key.per_hasher ^ epoch, &key.shared);
    hasher.write(request);
    hasher.finish()
}

/// The cached locale for `request`, computing and storing it on a miss.
#[inline]
pub(crate) fn get_or_insert(request: &[u8], negotiate: impl FnOnce(&[u8]) -> Locale) -> Locale {
    let hash = hash(request, epoch());
    let slot = &SLOTS_[hash as usize % SLOTS];
    let tag = hash & !LOCALE_BITS;
    // Acquire, paired with `remember` below: whoever holds a `Locale` has
    // synchronised with its registration (publish.rs says why, and its loom
    // model checks it).
    let entry = publish::recall(slot);
    // 0 means empty; stored indices are offset by one so no entry is 0.
    if entry != 0 && entry & !LOCALE_BITS == tag {
        let index = (entry & LOCALE_BITS) as usize - 1;
        if index < MAX_LOCALES {
            return Locale(index as u8);
        }
    }
    let locale = negotiate(request);
    publish::remember(slot, tag | (locale.index() as u64 + 1));
    locale
}

/// Occupied slots; for tests of the bound.
#[cfg(test)]
pub(crate) fn occupied() -> usize {
    SLOTS_
        .iter()
        .filter(|s| s.load(std::sync::atomic::Ordering::Relaxed) != 0)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    // One test, so that no other test of this module evicts its entries midway.
    #[test]
    fn hits_skip_negotiation_and_a_million_requests_stay_within_the_bound() {
        let fr = Locale::from_tag("fr-FR").unwrap();
        let req = b"cache-test-unique-request";
        assert_eq!(get_or_insert(req, |_| fr), fr);
        assert_eq!(get_or_insert(req, |_| panic!("recomputed")), fr);

        for i in 0..1_000_000u32 {
            let request = format!("x{i}-{}", i % 7);
            let got = get_or_insert(request.as_bytes(), |_| Locale::EN_US);
            assert_eq!(got, Locale::EN_US);
        }
        assert!(occupied() <= SLOTS);
        assert_eq!(std::mem::size_of_val(&SLOTS_), SLOTS * 8);
    }

    #[test]
    fn the_hash_is_keyed_and_tells_close_requests_apart() {
        // Requests that differ by one byte, by length only, or by a prefix.
        let requests: Vec<Vec<u8>> = [&b""[..], b"f", b"fr", b"fr-FR", b"fr-FR\0", b"fr-FR,"]
            .iter()
            .map(|r| r.to_vec())
            .chain((0..=255u8).map(|b| vec![b'a', b]))
            .chain((1..64).map(|n| vec![b'x'; n]))
            .collect();
        // The bits an entry is matched on.
        let mut hashes: Vec<u64> = requests.iter().map(|r| hash(r, 0) & !LOCALE_BITS).collect();
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), requests.len());
        // The key comes from the OS, not from a constant.
        let mut h = FoldHasher::with_seed(0, SharedSeed::global_fixed());
        h.write(b"fr-FR");
        assert_ne!(h.finish(), hash(b"fr-FR", 0));
        // Each epoch keys its own entries.
        assert_ne!(hash(b"fr-FR", 0), hash(b"fr-FR", 1));
    }
}
