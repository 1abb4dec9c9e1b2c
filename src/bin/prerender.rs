//! `kllm-prerender <dir>`: prerenders the widget into `<dir>/index.html` and writes the CMS
//! snippet and the data files (see `kllm_widget::prerender`). Trunk's post-build hook runs it
//! on the staging folder; it is native code (feature `prerender`), never part of the wasm.
//!
//! `kllm-prerender --snippets <release folder URL> <embed.js SRI> <kllm-frame.js SRI>` prints
//! the release's pinned embed codes as JSON (`{"script": …, "iframe": …}`) for `./dev release`
//! (`scripts/release.mjs`), so the codes have one writer (`kllm_widget::snippet`).

use std::path::PathBuf;
use std::process::ExitCode;

use kllm_widget::i18n::{t, Msg};
use kllm_widget::settings::Lang;
use kllm_widget::snippet::{pinned, Integrity};

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, base, embed_js, frame_js] = args.as_slice() {
        if flag == "--snippets" {
            let lang = Lang::Ko;
            let s = pinned(
                base,
                lang,
                t(lang, Msg::Title),
                Integrity { embed_js, frame_js },
            );
            println!(
                "{}",
                serde_json::json!({ "script": s.script, "iframe": s.iframe })
            );
            return ExitCode::SUCCESS;
        }
    }
    let [dir] = args.as_slice() else {
        eprintln!("usage: kllm-prerender <dist or staging folder>");
        eprintln!("       kllm-prerender --snippets <release folder URL> <embed.js SRI> <kllm-frame.js SRI>");
        return ExitCode::from(2);
    };
    let public = kllm_widget::prerender::public_url(
        std::env::var("KLLM_PUBLIC_URL").ok().as_deref(),
        std::env::var("TRUNK_PUBLIC_URL").ok().as_deref(),
    );
    if public.is_none() {
        println!(
            "prerender: no absolute public URL (trunk --public-url https://… or KLLM_PUBLIC_URL): \
             the share tags og:url, og:image and twitter:image are left out"
        );
    }
    match kllm_widget::prerender::write_all(&PathBuf::from(dir), public.as_deref()).await {
        Ok(written) => {
            println!("prerender: wrote {}", written.join(", "));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
