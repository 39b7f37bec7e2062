//! The Rust API, warm, against the naive design it replaces: parse the request,
//! negotiate with fluent-langneg and `format_pattern` on every call (bundles
//! parsed once, message ids precomputed: the naive path is given every
//! advantage but caching the answer).
//!
//!     cargo bench --bench rust_api          (benches/run.sh runs it after the C table)

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use fluent::concurrent::FluentBundle;
use fluent::FluentResource;
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;
use winhttp_err::l10n::message_id;
use winhttp_err::{ErrorCode, Locale, LocaleRequest};

const ACCEPT: &str = "is-IS, fr;q=0.8, en;q=0.5";

/// The naive design: one bundle per locale, everything else per call.
struct Naive {
    available: Vec<LanguageIdentifier>,
    bundles: Vec<FluentBundle<FluentResource>>,
    ids: Vec<String>,
}

impl Naive {
    fn new() -> Self {
        let files = [
            ("en-US", include_str!("../locales/en-US/winhttp_err.ftl")),
            ("fr-FR", include_str!("../locales/fr-FR/winhttp_err.ftl")),
        ];
        let mut available = Vec::new();
        let mut bundles = Vec::new();
        for (tag, source) in files {
            let langid: LanguageIdentifier = tag.parse().unwrap();
            let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
            bundle.set_use_isolating(false);
            bundle
                .add_resource(FluentResource::try_new(source.to_owned()).unwrap())
                .unwrap();
            available.push(langid);
            bundles.push(bundle);
        }
        let ids = ErrorCode::all().map(|c| message_id(c.name())).collect();
        Naive {
            available,
            bundles,
            ids,
        }
    }

    fn message(&self, code: u32, request: &str) -> String {
        let index = ErrorCode::new(code).unwrap().index();
        let requested = LocaleRequest::parse(request);
        let best = negotiate_languages(
            requested.languages(),
            &self.available,
            Some(&self.available[0]),
            NegotiationStrategy::Lookup,
        );
        let bundle = &self.bundles[self.available.iter().position(|a| a == best[0]).unwrap()];
        let pattern = bundle
            .get_message(&self.ids[index])
            .unwrap()
            .value()
            .unwrap();
        let mut errors = Vec::new();
        // Owned, as a C caller needs a string that outlives the call.
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned()
    }
}

fn bench(c: &mut Criterion) {
    let codes: Vec<u32> = ErrorCode::all().map(ErrorCode::code).collect();
    let mut k = 0;
    // Cycles through every code; a compare, not a `%`, which would cost as much as a lookup.
    let mut next = move || {
        k += 1;
        if k == codes.len() {
            k = 0;
        }
        codes[k]
    };
    assert_eq!(Locale::negotiate(ACCEPT).tag(), "fr-FR");

    c.bench_function("name(code)", |b| {
        b.iter(|| winhttp_err::name(black_box(next())))
    });
    for (label, request) in [
        ("\"fr-FR\"", "fr-FR"),
        ("Accept-Language", ACCEPT),
        ("\"\" (process default)", ""),
    ] {
        c.bench_function(&format!("message(code, {label})"), |b| {
            b.iter(|| winhttp_err::message(black_box(next()), black_box(request)))
        });
    }
    c.bench_function("Locale::negotiate(Accept-Language)", |b| {
        b.iter(|| Locale::negotiate(black_box(ACCEPT)))
    });

    let naive = Naive::new();
    assert_eq!(
        naive.message(12002, ACCEPT),
        winhttp_err::message(12002, ACCEPT).unwrap()
    );
    for (label, request) in [("\"fr-FR\"", "fr-FR"), ("Accept-Language", ACCEPT)] {
        c.bench_function(
            &format!("naive: negotiate + format_pattern, {label}"),
            |b| b.iter(|| naive.message(black_box(next()), black_box(request))),
        );
    }
}

/// The translator's checker (also run by `add_locale`) on files of the 1 MiB
/// limit, in MB/s, beside fluent's parse of the same bytes (the peer: the
/// checker parses once, then checks). The bad file is 90,000 small entries
/// with an error each, which took the quadratic checker 100 s.
fn bench_checker(c: &mut Criterion) {
    use criterion::Throughput;
    use winhttp_err::l10n::check::{check, FtlFile};
    let limit = winhttp_err::l10n::check::MAX_FTL_BYTES;
    let mut bad = String::new();
    for i in 0.. {
        let line = format!("a{i} = x\n");
        if bad.len() + line.len() > limit {
            break;
        }
        bad.push_str(&line);
    }
    // A real translation, repeated up to the limit: all duplicates after the first copy.
    let fr = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/locales/fr-FR/winhttp_err.ftl"
    ))
    .unwrap();
    let mut good = String::new();
    while good.len() + fr.len() <= limit {
        good.push_str(&fr);
    }
    let mut group = c.benchmark_group("checker, 1 MiB");
    group.sample_size(10);
    for (label, text) in [("bad entries", &bad), ("fr-FR repeated", &good)] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("check ({label})"), |b| {
            b.iter(|| {
                let files = [FtlFile {
                    name: "x.ftl",
                    bytes: text.as_bytes(),
                }];
                check(Some("fr-FR"), "x", black_box(&files)).findings.len()
            })
        });
        group.bench_function(format!("fluent parse only ({label})"), |b| {
            b.iter(|| fluent::FluentResource::try_new(black_box(text.clone())).is_ok())
        });
    }
    group.finish();
}

criterion_group!(benches, bench, bench_checker);
criterion_main!(benches);
