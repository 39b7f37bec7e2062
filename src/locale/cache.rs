//! A fixed-size, lock-free cache from request strings to negotiated locales.
//!
//! Negotiating costs a parse and a fluent-langneg run (~1 µs); callers repeat
//! the same few requests millions of times. Each slot is one `AtomicU64` holding
//! 56 bits of a keyed hash of the request and the locale index, so memory never
//! grows with the number of distinct requests and no lookup takes a lock. The
//! hash is keyed per process (SipHash, random key), so colliding requests cannot
//! be crafted; an accidental 56-bit collision is a ~2⁻⁵⁶ event.

use std::hash::{BuildHasher, RandomState};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::LazyLock;

use super::{Locale, COUNT};

/// Number of slots. 8 KiB in all, whatever callers send.
pub(crate) const SLOTS: usize = 1024;
const LOCALE_BITS: u64 = 0xFF;

static KEY: LazyLock<RandomState> = LazyLock::new(RandomState::new);
static SLOTS_: [AtomicU64; SLOTS] = [const { AtomicU64::new(0) }; SLOTS];

/// The cached locale for `request`, computing and storing it on a miss.
#[inline]
pub(crate) fn get_or_insert(request: &[u8], negotiate: impl FnOnce(&[u8]) -> Locale) -> Locale {
    let hash = KEY.hash_one(request);
    let slot = &SLOTS_[hash as usize % SLOTS];
    let tag = hash & !LOCALE_BITS;
    let entry = slot.load(Ordering::Relaxed);
    // 0 means empty; stored indices are offset by one so no entry is 0.
    if entry != 0 && entry & !LOCALE_BITS == tag {
        let index = (entry & LOCALE_BITS) as usize - 1;
        if index < COUNT {
            return Locale(index as u8);
        }
    }
    let locale = negotiate(request);
    slot.store(tag | (locale.index() as u64 + 1), Ordering::Relaxed);
    locale
}

/// Occupied slots; for tests of the bound.
#[cfg(test)]
pub(crate) fn occupied() -> usize {
    SLOTS_
        .iter()
        .filter(|s| s.load(Ordering::Relaxed) != 0)
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
}
