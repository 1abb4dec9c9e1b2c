//! `kllm-prerender <dir>`: prerenders the widget into `<dir>/index.html` and writes the CMS
//! snippet and the data files (see `kllm_widget::prerender`). Trunk's post-build hook runs it
//! on the staging folder; it is native code (feature `prerender`), never part of the wasm.

use std::path::PathBuf;
use std::process::ExitCode;

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: kllm-prerender <dist or staging folder>");
        return ExitCode::from(2);
    };
    match kllm_widget::prerender::write_all(&dir).await {
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
