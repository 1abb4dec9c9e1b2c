//! `wasm-bindgen-test-runner`: cargo's runner for `cargo test --target wasm32-unknown-unknown`
//! (.cargo/config.toml); runs the browser tests in headless Chromium.

fn main() {
    env_logger::init();
    let args = std::env::args_os();
    if let Err(e) = wasm_bindgen_cli::wasm_bindgen_test_runner::run_cli_with_args(args) {
        eprintln!("error: {e:?}");
        std::process::exit(1);
    }
}
