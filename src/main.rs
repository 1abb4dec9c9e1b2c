//! The `index.html` entry point: mounts the widget. All logic lives in the library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    kllm_widget::mount_page();
}
