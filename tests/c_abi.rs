//! Compiles tests/c/contract.c with the system C compiler against the checked-in
//! header, links it to the freshly built cdylib and runs it, in several locale
//! environments. Also compiles the header as C99 and C++11 with warnings as errors.

#[path = "common/cc.rs"]
mod cc;
mod common;
use common::*;

/// `tag` if the library ships it, else `fallback`.
fn shipped_or(tag: &'static str, fallback: &'static str) -> &'static str {
    if winhttp_err::Locale::all().any(|l| l.tag() == tag) {
        tag
    } else {
        fallback
    }
}

#[test]
fn c_contract_under_each_default_locale() {
    let exe = cc::build("contract");
    for (vars, expected) in [
        (&[][..], "en-US"),
        (&[("LANG", "fr_FR.UTF-8")][..], "fr-FR"),
        (
            &[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "C")][..],
            "en-US",
        ),
        // Icelandic is not shipped: LANGUAGE's next language.
        (
            &[("LANG", "is_IS.UTF-8"), ("LANGUAGE", "is:fr")][..],
            "fr-FR",
        ),
        (
            &[("LANG", "sv_SE.UTF-8"), ("LANGUAGE", "sv:fr")][..],
            "sv-SE",
        ),
        (&[("LC_ALL", "POSIX"), ("LANGUAGE", "fr")][..], "en-US"),
        (&[("LC_ALL", "fr_CA"), ("LANG", "en_US")][..], "fr-CA"),
        (&[("LC_ALL", "fr_BE"), ("LANG", "en_US")][..], "fr-FR"),
        // The other languages, as POSIX environments name them, and the
        // variants their families fall back on.
        (&[("LANG", "de_AT.UTF-8")][..], "de-DE"),
        (&[("LC_MESSAGES", "es_MX.UTF-8")][..], "es-MX"),
        (&[("LC_MESSAGES", "es_AR.UTF-8")][..], "es-MX"),
        (&[("LC_MESSAGES", "es_ES.UTF-8")][..], "es-ES"),
        (&[("LANG", "pt_PT.UTF-8")][..], "pt-PT"),
        (&[("LANG", "pt_AO.UTF-8")][..], "pt-PT"),
        (&[("LANG", "pt_BR.UTF-8")][..], "pt-BR"),
        (&[("LANG", "en_GB.UTF-8")][..], "en-GB"),
        (&[("LANG", "en_AU.UTF-8")][..], "en-GB"),
        (&[("LANG", "en_CA.UTF-8")][..], "en-US"),
        (&[("LANG", "nn_NO.UTF-8")][..], "nb-NO"),
        (&[("LANG", "sr_RS@latin")][..], "sr-Latn-RS"),
        (&[("LANG", "sr_RS.UTF-8")][..], "sr-Latn-RS"),
        (&[("LANG", "th_TH.UTF-8")][..], "th-TH"),
        (&[("LANG", "uk_UA.UTF-8")][..], "uk-UA"),
        (&[("LANG", "ca_ES.UTF-8")][..], "ca-ES"),
        (&[("LANG", "nl_BE.UTF-8")][..], "nl-NL"),
        (&[("LC_ALL", "zh_CN.UTF-8")][..], "zh-CN"),
        (&[("LC_ALL", "zh_SG.UTF-8")][..], "zh-CN"),
        (&[("LANG", "ja_JP.UTF-8")][..], "ja-JP"),
        (&[("LANG", "ko_KR.UTF-8")][..], "ko-KR"),
        (&[("LANG", "ru_RU.UTF-8")][..], "ru-RU"),
        (&[("LANG", "pl_PL.UTF-8")][..], "pl-PL"),
        (&[("LANG", "it_CH.UTF-8")][..], "it-IT"),
        // Traditional Chinese never gets Simplified: zh-TW once shipped, until
        // then the next language, or en-US. Likewise Arabic and Hebrew.
        (
            &[("LC_ALL", "zh_TW.UTF-8")][..],
            shipped_or("zh-TW", "en-US"),
        ),
        (
            &[("LANG", "zh_HK.UTF-8"), ("LANGUAGE", "zh_HK:ja")][..],
            shipped_or("zh-TW", "ja-JP"),
        ),
        (&[("LANG", "ar_SA.UTF-8")][..], shipped_or("ar-SA", "en-US")),
        (&[("LANG", "ar_EG.UTF-8")][..], shipped_or("ar-SA", "en-US")),
        (&[("LANG", "he_IL.UTF-8")][..], shipped_or("he-IL", "en-US")),
        (&[("LANG", "iw_IL.UTF-8")][..], shipped_or("he-IL", "en-US")),
    ] {
        let mut cmd = clean_env(&exe);
        cmd.arg(expected).envs(vars.iter().copied());
        let out = run_ok(&mut cmd);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(stdout.contains(" passed, 0 failed"), "{vars:?}: {stdout}");
    }
}

#[test]
fn header_compiles_as_c99_and_cxx11_with_warnings_as_errors() {
    let dir = scratch("c_abi");
    let probe = dir.join("probe.c");
    std::fs::write(
        &probe,
        "#include \"winhttp_err.h\"\n#include \"winhttp_err.h\"\n\
         int main(void) { return winhttp_err_name(12002) == 0; }\n",
    )
    .unwrap();
    for (compiler, std) in [("cc", "-std=c99"), ("c++", "-std=c++11")] {
        let mut cmd = std::process::Command::new(compiler);
        if compiler == "c++" {
            cmd.args(["-x", "c++"]);
        }
        run_ok(
            cmd.args([std, "-Wall", "-Wextra", "-Werror", "-pedantic", "-c", "-I"])
                .arg(root().join("include"))
                .arg(&probe)
                .arg("-o")
                .arg(dir.join(format!("probe-{compiler}.o"))),
        );
    }
}

#[test]
fn c_example_prints_a_localized_report() {
    let exe = scratch("c_abi").join("report");
    let lib = lib_dir();
    run_ok(
        std::process::Command::new("cc")
            .args(["-std=c99", "-Wall", "-Wextra", "-Werror", "-I"])
            .arg(root().join("include"))
            .arg(root().join("examples/c/report.c"))
            .arg("-L")
            .arg(&lib)
            .arg(format!("-Wl,-rpath,{}", lib.display()))
            .args(["-lwinhttp_err", "-o"])
            .arg(&exe),
    );
    let out = run_ok(clean_env(&exe).args(["-2147012894", "is,fr"]));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("language: fr-FR"), "{stdout}");
    assert!(
        stdout.contains("code:     2147954402 (0x80072EE2)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("name:     ERROR_WINHTTP_TIMEOUT"),
        "{stdout}"
    );
    assert!(stdout.contains("report:   Le délai d’attente"), "{stdout}");
    // Unknown code: still a report, exit 1.
    let out = clean_env(&exe).args(["54321", "en"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Unknown WinHTTP error 54321"));
}
