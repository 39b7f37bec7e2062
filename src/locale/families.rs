//! Which regional variant a language's speakers read when theirs is not
//! shipped. fluent-langneg, asked for `es-AR` with `es-ES` and `es-MX` shipped,
//! takes the first `es` in tag order; an Argentine reader wants Latin-American
//! Spanish, a Belgian one the French of France rather than of Quebec. CLDR
//! answers with its parent locales (es_AR → es_419, en_AU → en_001, pt_AO →
//! pt_PT); this is that rule for the variants we ship, a few lines rather than
//! CLDR's tables.

use unic_langid::LanguageIdentifier;

/// The shipped variant for `requested`, by its language and region, when a
/// rule here names one: the caller checks that the tag is available.
pub(super) fn variant_for(requested: &LanguageIdentifier) -> Option<&'static str> {
    variant_of(
        requested.language.as_str(),
        requested.region.as_ref().map(|r| r.as_str()),
    )
}

/// [`variant_for`] of a canonical language subtag and region subtag.
pub(super) fn variant_of(language: &str, region: Option<&str>) -> Option<&'static str> {
    let in_list = |list: &[&str]| region.is_some_and(|r| list.contains(&r));
    match language {
        // CLDR's es_419 and its children: the Americas and the United States.
        "es" if in_list(LATIN_AMERICA) => Some("es-MX"),
        "es" => Some("es-ES"),
        // CLDR's pt_PT and the countries whose locales inherit from it.
        "pt" if in_list(EUROPEAN_PORTUGUESE) => Some("pt-PT"),
        "pt" => Some("pt-BR"),
        "fr" if region == Some("CA") => Some("fr-CA"),
        "fr" => Some("fr-FR"),
        // CLDR's en_001 (British spelling) and its children, and Britain.
        "en" if in_list(BRITISH_SPELLING) => Some("en-GB"),
        "en" => Some("en-US"),
        // Norwegian: "no" is the macrolanguage, Nynorsk readers read Bokmål.
        "no" | "nb" | "nn" => Some("nb-NO"),
        // Serbian readers read both scripts (schools teach both, and Windows
        // offers both); the Latin one is what we ship, for sr, sr-Latn, sr-RS,
        // sr-ME and sr-Cyrl alike.
        "sr" => Some("sr-Latn-RS"),
        _ => None,
    }
}

/// Regions whose Spanish is CLDR's Latin-American es-419.
const LATIN_AMERICA: &[&str] = &[
    "419", "AR", "BO", "BR", "BZ", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "MX", "NI",
    "PA", "PE", "PR", "PY", "SV", "US", "UY", "VE",
];

/// Regions whose Portuguese CLDR derives from pt-PT.
const EUROPEAN_PORTUGUESE: &[&str] = &[
    "PT", "AO", "CH", "CV", "GQ", "GW", "LU", "MO", "MZ", "ST", "TL",
];

/// Regions whose English CLDR derives from en-001 (British spelling), with Britain.
const BRITISH_SPELLING: &[&str] = &[
    "GB", "150", "001", "AU", "NZ", "IE", "IN", "ZA", "SG", "MY", "HK", "PK", "NG", "KE", "MT",
    "GI", "IM", "JE", "GG", "CY", "BD", "LK", "GH", "UG", "TZ", "ZW", "ZM", "BW", "NA", "FJ",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_names_a_variant_that_ships() {
        for tag in [
            "es-AR", "es", "pt-AO", "pt", "fr-CA", "fr", "en-AU", "en", "nn", "sr-Cyrl",
        ] {
            let want = variant_for(&tag.parse().unwrap()).unwrap();
            assert!(
                crate::shipped::EMBEDDED.iter().any(|(t, _, _)| *t == want),
                "{tag} → {want}, which is not shipped"
            );
        }
    }
}
